import { z } from 'zod';
import { ConsultationRoleV1, EvidenceKindV1 } from '../common/fragments-v1.js';
import { InstantV1, textV1, uniqueArrayV1, UuidV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/** `nrm.consultation-opinion` v1 — an agency's information and expert opinion (NGOs included). FROZEN. */
export const ConsultationOpinionV1 = z.strictObject({
  consultationId: f(UuidV1, 'process', 'internal', 'Consultation id', 'Identifikator konsultacije', 'Id of the consultation request answered.'),
  role: f(ConsultationRoleV1, 'process', 'internal', 'Role', 'Uloga', 'Role in which the agency gives its opinion.'),
  recommendation: f(z.enum(['grant', 'refuse', 'no-recommendation']), 'process', 'internal', 'Recommendation', 'Preporuka', 'What the agency recommends.'),
  opinion: f(textV1(4000), 'exploitation', 'personal', 'Opinion', 'Mišljenje', 'Information and expert opinion.'),
  evidence: f(uniqueArrayV1(EvidenceKindV1, 0, 9), 'process', 'internal', 'Evidence', 'Dokazi', 'Kinds of evidence the opinion rests on.'),
  givenAt: f(InstantV1, 'process', 'internal', 'Given at', 'Vreme davanja', 'When the opinion was given.'),
});
export type ConsultationOpinionV1 = z.infer<typeof ConsultationOpinionV1>;
