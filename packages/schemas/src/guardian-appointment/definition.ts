import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { GuardianAppointmentV1 } from './v1.js';

const example: GuardianAppointmentV1 = {
  authority: 'rs.csw.belgrade',
  guardian: { id: 'guardian.maja', agency: 'rs.csw.belgrade' },
  kind: 'temporary-guardian',
  unaccompanied: true,
  appointedAt: '2026-03-02T16:00:00+01:00',
  familyTracingRequested: true,
};

export const GUARDIAN_APPOINTMENT: MessageTypeDefinition = {
  type: 'nrm.guardian-appointment',
  summary: 'The guardianship authority appoints a guardian for a (presumed) child victim.',
  versions: { 1: GuardianAppointmentV1 },
  upgrades: {},
  examples: { 1: example },
};
