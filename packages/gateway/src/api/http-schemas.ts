import { z } from 'zod';
import { DELIVERY_STATUSES } from '../delivery/delivery-status.js';
import { REJECTION_CODES, ERROR_CODE_LIST } from '@nrm/client/errors';

/**
 * The zod definitions of the HTTP contract (`http-contract.md`): the server validates with
 * them and `/openapi.json` is generated from them, so the two cannot drift.
 */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Where base64 text goes wrong, by position: the client's bytes are never echoed. */
function base64Problem(input: unknown): string {
  const text = typeof input === 'string' ? input : '';
  const bad = text.replace(/=+$/, '').search(/[^A-Za-z0-9+/]/);
  return bad >= 0
    ? `not base64: character ${bad + 1} is outside the standard alphabet (A-Z a-z 0-9 + /, = padding; not base64url, no line breaks)`
    : 'not base64: more than two = at the end';
}

const Base64 = z
  .string()
  .max(16 * 1024 * 1024)
  .regex(BASE64, { error: (issue) => base64Problem(issue.input) })
  .refine((text) => text.length % 4 === 0, {
    error: 'not base64: the length must be a multiple of 4 (pad with =)',
  })
  .meta({ format: 'byte' });
const Armored = z
  .string()
  .min(1)
  .max(64 * 1024)
  .meta({ description: 'ASCII-armored OpenPGP detached signature.' });

export const SubmitBody = z
  .strictObject({
    envelope: Base64.meta({
      description: 'Base64 of the exact signed envelope JSON bytes (nrm.envelope v1).',
    }),
    envelopeSignature: Armored,
    payload: Base64.meta({
      description:
        'Base64 of the OpenPGP ciphertext (encrypted to all recipients, signed by the sender).',
    }),
    consentScope: Base64.optional().meta({
      description: 'nrm.consent-record only: base64 of the consent scope JSON (ADR 0004).',
    }),
    consentScopeSignature: Armored.optional(),
  })
  .meta({ id: 'SubmitBody' });

export const SignedReceiptBody = z
  .strictObject({ receipt: Base64, signature: Armored })
  .meta({ id: 'SignedReceipt' });

export const SubmitResponse = z
  .object({
    id: z.string(),
    status: z.literal('accepted'),
    recipients: z.array(z.object({ agency: z.string(), status: z.enum(DELIVERY_STATUSES) })),
    receipt: SignedReceiptBody,
  })
  .meta({ id: 'SubmitResponse' });

/** Longest inbox long-poll: below common proxy idle timeouts. */
export const MAX_INBOX_WAIT_SECONDS = 30;

export const InboxQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .meta({ param: { description: 'At most this many messages.' } }),
  wait: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_INBOX_WAIT_SECONDS)
    .default(0)
    .meta({
      param: {
        description: `Long-poll: with an empty inbox, wait up to this many seconds (0..${MAX_INBOX_WAIT_SECONDS}) for a message.`,
      },
    }),
});

export const InboxMessage = z
  .object({ id: z.string(), envelope: Base64, envelopeSignature: Armored, payload: Base64 })
  .meta({ id: 'InboxMessage' });

export const InboxResponse = z
  .object({ messages: z.array(InboxMessage) })
  .meta({ id: 'InboxResponse' });

export const AckBody = z
  .strictObject({
    receipt: Base64.meta({
      description: 'Base64 of the recipient receipt JSON (nrm.receipt, status acknowledged).',
    }),
    receiptSignature: Armored,
  })
  .meta({ id: 'AckBody' });

export const AckResponse = z
  .object({
    id: z.string(),
    recipient: z.string(),
    status: z.literal('acknowledged'),
    receipt: SignedReceiptBody,
  })
  .meta({ id: 'AckResponse' });

export const RejectBody = z
  .strictObject({
    code: z.enum(REJECTION_CODES).meta({
      description: 'The stable code of the check the message failed at the recipient.',
    }),
    reason: z.string().trim().min(1).max(1000).meta({
      description: 'Why, for the sender (the SDK sends its error message).',
    }),
    receipt: Base64.optional().meta({
      description:
        'Base64 of the recipient-signed rejection (nrm.receipt v2, status rejected, rejection.code = code).',
    }),
    receiptSignature: Armored.optional(),
  })
  .meta({ id: 'RejectBody' });

export const RejectResponse = z
  .object({
    id: z.string(),
    recipient: z.string(),
    status: z.literal('rejected'),
    code: z.string(),
    receipt: SignedReceiptBody,
  })
  .meta({ id: 'RejectResponse' });

export const MessageIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .meta({ param: { description: 'Message id (UUIDv7).' } }),
});

export const StatusResponse = z
  .object({
    id: z.string(),
    type: z.string(),
    from: z.string(),
    createdAt: z.string(),
    expiresAt: z.string(),
    recipients: z.array(
      z.object({
        agency: z.string(),
        status: z.enum(DELIVERY_STATUSES),
        reason: z.string().optional(),
        attempts: z.number().int(),
        deliveredAt: z.string().optional(),
        acknowledgedAt: z.string().optional(),
        rejectionCode: z.enum(REJECTION_CODES).optional(),
        rejectedAt: z.string().optional(),
      }),
    ),
  })
  .meta({ id: 'MessageStatus' });

export const AgencyIdParams = z.object({
  agencyId: z
    .string()
    .min(1)
    .max(128)
    .meta({ param: { description: "Agency id, or 'gateway' for the gateway's receipt key." } }),
});

export const KeysResponse = z
  .object({
    agencyId: z.string(),
    keys: z.array(
      z.object({
        fingerprint: z.string(),
        publicKey: z.string(),
        validFrom: z.string(),
        validUntil: z.string().optional(),
        revokedAt: z.string().optional(),
        state: z.enum(['valid', 'revoked', 'expired']),
      }),
    ),
  })
  .meta({ id: 'KeysResponse' });

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODE_LIST),
      message: z.string(),
      path: z.string().optional(),
      /** CONSENT_MISSING: every refused recipient, with its path and detail code. */
      refused: z
        .array(
          z.object({
            agency: z.string(),
            path: z.string(),
            detail: z.string(),
            message: z.string(),
          }),
        )
        .optional(),
    }),
  })
  .meta({ id: 'Error' });
