import { z } from 'zod';
import { AgencyIdV1, InstantV1, Sha256DigestV1, Uuid7V1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

const HexHash = z.string().regex(/^[0-9a-f]{64}$/);

/** One transparency log entry about the message, with its inclusion proof. */
const ProvenEntryV2 = z.strictObject({
  index: f(
    z.int().min(0),
    null,
    'public',
    'Entry index',
    'Indeks unosa',
    'Position of the entry in the log (0-based).',
  ),
  leaf: f(
    z.string().min(2).max(8192),
    null,
    'internal',
    'Entry',
    'Unos',
    'The canonical JSON text of the entry (pseudonymous facts only); its leaf hash is SHA-256(0x00 ‖ UTF-8 bytes).',
  ),
  proof: f(
    z.array(HexHash).max(64),
    null,
    'public',
    'Inclusion proof',
    'Dokaz uključenosti',
    'RFC 9162 audit path from the entry to the checkpoint root, lower-case hex hashes.',
  ),
});

/**
 * `nrm.receipt` v2 — v1 plus signed rejections and the transparency log's proof. Signed
 * detached + armored like v1: by the gateway (accepted; and, naming `recipient`, a
 * recipient's acknowledgement or rejection as the gateway recorded it), or by the recipient
 * itself (acknowledged, rejected). `rejection` is present exactly when `status` is
 * `rejected`; `log` is present on every receipt the gateway signs. FROZEN once released.
 */
export const ReceiptV2 = z.strictObject({
  type: f(
    z.literal('nrm.receipt'),
    null,
    'public',
    'Type',
    'Vrsta',
    'Always nrm.receipt: the document says what it is.',
  ),
  version: f(z.literal(2), null, 'public', 'Version', 'Verzija', 'Always 2.'),
  messageId: f(
    Uuid7V1,
    null,
    'internal',
    'Message id',
    'Identifikator poruke',
    'Id of the envelope the receipt is about.',
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
    '"gateway", or the agency id of the recipient that signs its own acknowledgement or rejection.',
  ),
  status: f(
    z.enum(['accepted', 'acknowledged', 'rejected']),
    null,
    'internal',
    'Status',
    'Status',
    'Accepted by the gateway, acknowledged by the recipient, or rejected by the recipient because it failed a check.',
  ),
  recipient: f(
    AgencyIdV1.optional(),
    null,
    'internal',
    'Recipient',
    'Primalac',
    'On a gateway receipt of an acknowledgement or rejection: the recipient it records.',
  ),
  rejection: f(
    z
      .strictObject({
        code: f(
          z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/),
          null,
          'public',
          'Code',
          'Kod',
          'The stable code of the check the message failed (DIGEST_MISMATCH, SIGNATURE_INVALID, …).',
        ),
        reason: f(
          z.string().min(1).max(1000).optional(),
          null,
          'internal',
          'Reason',
          'Razlog',
          'Why, for the sender; never contains payload content.',
        ),
      })
      .optional(),
    null,
    'internal',
    'Rejection',
    'Odbijanje',
    'Present exactly when status is rejected.',
  ),
  at: f(InstantV1, null, 'internal', 'At', 'Vreme', 'When the receipt was issued.'),
  log: f(
    z
      .strictObject({
        checkpoint: f(
          z.string().min(1).max(8192),
          null,
          'public',
          'Checkpoint',
          'Kontrolna tačka',
          "A C2SP tlog-checkpoint signed note (Ed25519) by the gateway's log key.",
        ),
        entries: f(
          z.array(ProvenEntryV2).min(1).max(64),
          null,
          'internal',
          'Entries',
          'Unosi',
          "The log entries about this message the receipt confirms, each with its inclusion proof in the checkpoint's tree.",
        ),
      })
      .optional(),
    null,
    'public',
    'Log proof',
    'Dokaz iz dnevnika',
    'On a gateway receipt: the signed checkpoint that includes the entries about this message, and their inclusion proofs.',
  ),
});
export type ReceiptV2 = z.infer<typeof ReceiptV2>;
