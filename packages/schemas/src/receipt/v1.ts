import { z } from 'zod';
import { AgencyIdV1, InstantV1, Sha256DigestV1, textV1, Uuid7V1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/**
 * `nrm.receipt` v1 — signed by the gateway on acceptance and by the recipient on
 * acknowledgement; names the envelope id and the SHA-256 of the envelope bytes (ADR 0002). FROZEN.
 */
export const ReceiptV1 = z.strictObject({
  kind: f(z.enum(['accepted', 'acknowledged', 'rejected']), null, 'internal', 'Kind', 'Vrsta', 'Acceptance by the gateway, acknowledgement or rejection by the recipient.'),
  envelopeId: f(Uuid7V1, null, 'internal', 'Envelope id', 'Identifikator koverte', 'Id of the envelope received.'),
  envelopeDigest: f(Sha256DigestV1, null, 'public', 'Envelope digest', 'Otisak koverte', 'sha256: and the hex SHA-256 of the exact envelope bytes.'),
  issuedBy: f(AgencyIdV1, null, 'internal', 'Issued by', 'Izdao', 'Gateway or recipient agency signing the receipt.'),
  issuedAt: f(InstantV1, null, 'internal', 'Issued at', 'Vreme izdavanja', 'When the receipt was issued.'),
  reason: f(textV1(1000).optional(), null, 'internal', 'Reason', 'Razlog', 'Why a message was rejected.'),
});
export type ReceiptV1 = z.infer<typeof ReceiptV1>;
