import { z } from 'zod';
import { OfficialV1 } from '../common/fragments-v1.js';
import { AgencyIdV1, InstantV1, textV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/** `nrm.guardian-appointment` v1 — the guardianship authority (CSW) appoints a guardian for a child. FROZEN. */
export const GuardianAppointmentV1 = z.strictObject({
  authority: f(AgencyIdV1, 'process', 'internal', 'Guardianship authority', 'Organ starateljstva', 'CSW acting as guardianship authority.'),
  guardian: f(OfficialV1, 'family', 'personal', 'Guardian', 'Staratelj', 'The appointed guardian, by staff id.'),
  kind: f(z.enum(['temporary-guardian', 'legal-guardian']), 'family', 'personal', 'Kind', 'Vrsta', 'Temporary or permanent guardianship.'),
  unaccompanied: f(z.boolean(), 'family', 'personal', 'Unaccompanied', 'Bez pratnje', 'The child is without parents or caregiver.'),
  appointedAt: f(InstantV1, 'process', 'internal', 'Appointed at', 'Vreme postavljenja', 'When the guardian was appointed.'),
  familyTracingRequested: f(z.boolean(), 'family', 'personal', 'Family tracing requested', 'Zatraženo traženje porodice', 'Tracing of the family was started.'),
  note: f(textV1(2000).optional(), 'family', 'personal', 'Note', 'Napomena', 'Anything the other agencies need to know.'),
});
export type GuardianAppointmentV1 = z.infer<typeof GuardianAppointmentV1>;
