import { z } from 'zod';
import { field } from '../meta/field-meta.js';
import {
  AgencyIdV1,
  AreaCodeV1,
  CasePseudonymV1,
  DataCategoryV1,
  FingerprintV1,
  InstantV1,
  LawfulBasisV1,
  PurposeV1,
  Sha256DigestV1,
  SubjectPseudonymV1,
  textV1,
  uniqueArrayV1,
  UuidV1,
  Uuid7V1,
} from '../common/primitives-v1.js';

/**
 * Non-identifying facts about the procedure that the gateway may record in clear for
 * oversight and statistics (ADR 0002): never names, only outcomes and references.
 */
const ProcessFactsV1 = z.strictObject({
  decisionOutcome: field(z.enum(['granted', 'refused']).optional(), {
    description: 'Outcome of the decision the message carries, if it carries one.',
    category: 'process',
    labels: { en: 'Decision outcome', sr: 'Ishod odluke' },
    sensitivity: 'internal',
  }),
  decisionStage: field(textV1(64).optional(), {
    description:
      "Stage of the jurisdiction's procedure the decision belongs to (e.g. preliminary, final).",
    category: 'process',
    labels: { en: 'Decision stage', sr: 'Faza odlučivanja' },
    sensitivity: 'internal',
  }),
  criteriaCited: field(uniqueArrayV1(textV1(64), 0, 50).optional(), {
    description: 'Identifiers of the criteria or indicators the decision cites.',
    category: 'process',
    labels: { en: 'Criteria cited', sr: 'Navedeni kriterijumi' },
    sensitivity: 'internal',
  }),
  consultationRefs: field(uniqueArrayV1(UuidV1, 0, 50).optional(), {
    description: 'Ids of the consultation opinions the decision took into account.',
    category: 'process',
    labels: { en: 'Consultations referred to', sr: 'Pozivanje na konsultacije' },
    sensitivity: 'internal',
  }),
  motivationProvided: field(z.boolean().optional(), {
    description: 'Whether the decision states its reasons to the person concerned.',
    category: 'process',
    labels: { en: 'Reasons given', sr: 'Obrazloženje dato' },
    sensitivity: 'internal',
  }),
});

/**
 * `nrm.envelope` v1 — the signed, clear-text routing record of every message (ADR 0002).
 * The payload itself travels encrypted; this is all the gateway ever reads. FROZEN.
 */
export const EnvelopeV1 = z.strictObject({
  id: field(Uuid7V1, {
    description: 'Message id, a lower-case UUIDv7 minted by the sender.',
    category: 'process',
    labels: { en: 'Message id', sr: 'Identifikator poruke' },
    sensitivity: 'internal',
  }),
  type: field(z.string().regex(/^nrm\.[a-z][a-z0-9-]{0,62}$/), {
    description: 'Wire message type of the payload, e.g. nrm.referral.',
    labels: { en: 'Message type', sr: 'Vrsta poruke' },
    sensitivity: 'public',
  }),
  version: field(z.int().min(1).max(1000), {
    description: 'Version of the message type the payload is written in.',
    labels: { en: 'Message version', sr: 'Verzija poruke' },
    sensitivity: 'public',
  }),
  from: field(AgencyIdV1, {
    description: 'Agency id of the sender; must match the signing key.',
    category: 'process',
    labels: { en: 'Sender', sr: 'Pošiljalac' },
    sensitivity: 'internal',
  }),
  to: field(uniqueArrayV1(AgencyIdV1, 1, 20), {
    description: 'Agency ids of the recipients, 1 to 20, each once.',
    category: 'process',
    labels: { en: 'Recipients', sr: 'Primaoci' },
    sensitivity: 'internal',
  }),
  subject: field(SubjectPseudonymV1, {
    description: 'Pseudonym of the person the message is about.',
    category: 'identity',
    labels: { en: 'Subject pseudonym', sr: 'Pseudonim lica' },
    sensitivity: 'internal',
  }),
  case: field(CasePseudonymV1.optional(), {
    description: 'Pseudonym of the case, once one exists.',
    category: 'process',
    labels: { en: 'Case pseudonym', sr: 'Pseudonim slučaja' },
    sensitivity: 'internal',
  }),
  purpose: field(PurposeV1, {
    description: 'Purpose the data is shared for (purpose limitation).',
    category: 'process',
    labels: { en: 'Purpose', sr: 'Svrha' },
    sensitivity: 'public',
  }),
  legalBasis: field(LawfulBasisV1, {
    description: 'Lawful basis of the disclosure.',
    category: 'process',
    labels: { en: 'Legal basis', sr: 'Pravni osnov' },
    sensitivity: 'public',
  }),
  consentRefs: field(uniqueArrayV1(UuidV1, 0, 50), {
    description: 'Ids of the consent records relied upon; may be empty.',
    category: 'process',
    labels: { en: 'Consents relied upon', sr: 'Pozivanje na pristanke' },
    sensitivity: 'internal',
  }),
  justification: field(textV1(2000).optional(), {
    description: 'Why the disclosure is necessary; required by policy for vital interests.',
    category: 'process',
    labels: { en: 'Justification', sr: 'Obrazloženje' },
    sensitivity: 'personal',
  }),
  dataCategories: field(uniqueArrayV1(DataCategoryV1, 0, 12), {
    description: 'Data categories present in the payload, each once.',
    category: 'process',
    labels: { en: 'Data categories', sr: 'Kategorije podataka' },
    sensitivity: 'internal',
  }),
  subjectIsChild: field(z.boolean(), {
    description:
      'True when the subject is a child or the age is disputed (presumption of minority).',
    category: 'identity',
    labels: { en: 'Subject is a child', sr: 'Lice je dete' },
    sensitivity: 'personal',
  }),
  area: field(AreaCodeV1.optional(), {
    description:
      "Municipality code of the subject's whereabouts; routes a child referral to the competent centre for social work.",
    category: 'location',
    labels: { en: 'Area', sr: 'Opština' },
    sensitivity: 'personal',
  }),
  createdAt: field(InstantV1, {
    description: 'When the sender created the message.',
    category: 'process',
    labels: { en: 'Created at', sr: 'Vreme nastanka' },
    sensitivity: 'internal',
  }),
  expiresAt: field(InstantV1, {
    description: 'After this instant the message must no longer be delivered.',
    category: 'process',
    labels: { en: 'Expires at', sr: 'Važi do' },
    sensitivity: 'internal',
  }),
  inReplyTo: field(UuidV1.optional(), {
    description: 'Id of the message this one answers.',
    category: 'process',
    labels: { en: 'In reply to', sr: 'Odgovor na' },
    sensitivity: 'internal',
  }),
  payloadDigest: field(Sha256DigestV1, {
    description:
      'sha256: and the lower-case hex SHA-256 of the payload ciphertext bytes as submitted.',
    labels: { en: 'Payload digest', sr: 'Otisak sadržaja' },
    sensitivity: 'public',
  }),
  senderKey: field(FingerprintV1, {
    description: "Fingerprint of the sender's signing key (40 or 64 hex digits).",
    labels: { en: 'Sender key', sr: 'Ključ pošiljaoca' },
    sensitivity: 'public',
  }),
  process: field(ProcessFactsV1.optional(), {
    description: 'Non-identifying process facts the gateway may record for oversight.',
    category: 'process',
    labels: { en: 'Process facts', sr: 'Činjenice postupka' },
    sensitivity: 'internal',
  }),
});
export type EnvelopeV1 = z.infer<typeof EnvelopeV1>;
