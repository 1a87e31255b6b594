import { GuardianAppointment } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { GuardianAppointmentV1 } from './v1.js';

const example: GuardianAppointmentV1 = {
  child: 'sub_4F8K2M7Q9X1B3R5T',
  kind: 'temporary',
  appointingCsw: 'rs.csw.belgrade',
  guardian: { type: 'csw-staff', agency: 'rs.csw.belgrade', ref: 'guardian-0042' },
  appointedAt: '2026-03-02T16:00:00+01:00',
};

export const GUARDIAN_APPOINTMENT: MessageTypeDefinition = {
  type: 'nrm.guardian-appointment',
  summary: 'The guardianship authority appoints a guardian for a (presumed) child victim.',
  versions: { 1: GuardianAppointmentV1 },
  upgrades: {},
  notes: [
    "Serbian labels 'Staratelj' (`guardian`) and 'Vrsta staratelja' (`guardian.type`) in v1: the Family Law term is 'staralac' ('Staralac', 'Vrsta staraoca'); the next version uses it.",
    "Serbian label 'Organ' on `guardian.agency`: an agency may be an NGO, and 'organ' names public bodies only; the next version reads 'Ustanova ili organizacija' (seed report terminology review, issue 16).",
  ],
  examples: { 1: example },
  domain: structuralMapping(
    GuardianAppointmentV1,
    GuardianAppointment,
    'nrm.guardian-appointment v1',
  ),
};
