import { z } from 'zod';
import { AgencyIdV1, InstantV1, SubjectPseudonymV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/** `nrm.guardian-appointment` v1 — the guardianship authority (CSW) appoints a guardian for a child. FROZEN. */
export const GuardianAppointmentV1 = z.strictObject({
  child: f(SubjectPseudonymV1, 'identity', 'internal', 'Child', 'Dete', 'Pseudonym of the child.'),
  kind: f(
    z.enum(['temporary', 'legal']),
    'family',
    'personal',
    'Kind',
    'Vrsta',
    'Temporary or legal guardianship.',
  ),
  appointingCsw: f(
    AgencyIdV1,
    'process',
    'internal',
    'Appointing CSW',
    'Centar za socijalni rad',
    'Guardianship authority that appointed the guardian.',
  ),
  guardian: f(
    z.strictObject({
      type: f(
        z.enum(['csw-staff', 'professional', 'relative']),
        'family',
        'personal',
        'Guardian type',
        'Vrsta staratelja',
        'Who the guardian is.',
      ),
      agency: f(
        AgencyIdV1.optional(),
        'family',
        'internal',
        'Agency',
        'Organ',
        "Guardian's agency, if any.",
      ),
      ref: f(
        z.string().regex(/^[0-9A-Za-z_-]{4,64}$/),
        'family',
        'internal',
        'Reference',
        'Oznaka',
        'Reference to the guardian, never a name.',
      ),
    }),
    'family',
    'personal',
    'Guardian',
    'Staratelj',
    'The appointed guardian.',
  ),
  appointedAt: f(
    InstantV1,
    'process',
    'internal',
    'Appointed at',
    'Vreme postavljenja',
    'When the guardian was appointed.',
  ),
  endedAt: f(
    InstantV1.optional(),
    'process',
    'internal',
    'Ended at',
    'Vreme prestanka',
    'When the guardianship ended.',
  ),
});
export type GuardianAppointmentV1 = z.infer<typeof GuardianAppointmentV1>;
