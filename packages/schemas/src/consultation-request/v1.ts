import { z } from 'zod';
import { ConsultationRoleV1 } from '../common/fragments-v1.js';
import { InstantV1, textV1, UuidV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/**
 * `nrm.consultation-request` v1 — before a negative decision the competent authority
 * consults the referring agency, the support provider, the competent CSW and police. FROZEN.
 */
export const ConsultationRequestV1 = z.strictObject({
  consultationId: f(
    UuidV1,
    'process',
    'internal',
    'Consultation id',
    'Identifikator konsultacije',
    'Id the opinion will name.',
  ),
  role: f(
    ConsultationRoleV1,
    'process',
    'internal',
    'Role consulted',
    'Uloga konsultovanog',
    'Why this agency is consulted.',
  ),
  contemplatedOutcome: f(
    z.enum(['granted', 'refused', 'undecided']),
    'process',
    'internal',
    'Contemplated outcome',
    'Razmatrani ishod',
    'Outcome the authority is considering.',
  ),
  summary: f(
    textV1(4000),
    'exploitation',
    'personal',
    'Case summary',
    'Sažetak slučaja',
    'What the authority asks an opinion on.',
  ),
  requestedAt: f(
    InstantV1,
    'process',
    'internal',
    'Requested at',
    'Vreme zahteva',
    'When the opinion was requested.',
  ),
  respondBy: f(
    InstantV1,
    'process',
    'internal',
    'Respond by',
    'Rok za odgovor',
    'Deadline for the opinion.',
  ),
});
export type ConsultationRequestV1 = z.infer<typeof ConsultationRequestV1>;
