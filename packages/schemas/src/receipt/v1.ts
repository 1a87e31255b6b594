import { z } from 'zod';
import { InstantV1, Sha256DigestV1, Uuid7V1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/**
 * `nrm.receipt` v1 — signed detached + armored like an envelope: by the gateway on acceptance
 * (`by: "gateway"`), by the recipient on acknowledgement. Names the message id and the
 * SHA-256 of the exact envelope bytes (ADR 0002; the gateway's HTTP contract). FROZEN.
 */
export const ReceiptV1 = z.strictObject({
  type: f(
    z.literal('nrm.receipt'),
    null,
    'public',
    'Type',
    'Vrsta',
    'Always nrm.receipt: the document says what it is.',
  ),
  version: f(z.literal(1), null, 'public', 'Version', 'Verzija', 'Always 1.'),
  messageId: f(
    Uuid7V1,
    null,
    'internal',
    'Message id',
    'Identifikator poruke',
    'Id of the envelope received.',
  ),
  envelopeDigest: f(
    Sha256DigestV1,
    null,
    'public',
    'Envelope digest',
    'Otisak koverte',
    'sha256: and the hex SHA-256 of the exact envelope bytes.',
  ),
  by: f(
    z.string().regex(/^(?:gateway|[a-z]{2}\.[a-z0-9-]+(\.[a-z0-9-]+)*)$/),
    null,
    'internal',
    'By',
    'Izdao',
    '"gateway", or the agency id of the acknowledging recipient.',
  ),
  status: f(
    z.enum(['accepted', 'acknowledged']),
    null,
    'internal',
    'Status',
    'Status',
    'Accepted by the gateway or acknowledged by the recipient.',
  ),
  at: f(InstantV1, null, 'internal', 'At', 'Vreme', 'When the receipt was issued.'),
});
export type ReceiptV1 = z.infer<typeof ReceiptV1>;
