import { z } from 'zod';
import { CalendarDateV1, InstantV1, textV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/** `nrm.case-closure` v1 — the competent authority closes a case and tells partners what follows. FROZEN. */
export const CaseClosureV1 = z.strictObject({
  closedAt: f(InstantV1, 'process', 'internal', 'Closed at', 'Vreme zatvaranja', 'When the case was closed.'),
  reason: f(
    z.enum(['goals-achieved', 'status-refused-no-review', 'person-withdrew', 'person-unreachable', 'returned', 'transferred-abroad', 'deceased', 'other']),
    'process',
    'personal',
    'Reason',
    'Razlog',
    'Why the case was closed.',
  ),
  followUp: f(textV1(2000).optional(), 'assistance', 'personal', 'Follow-up', 'Dalje praćenje', 'Services continuing after closure.'),
  retainUntil: f(CalendarDateV1, 'process', 'internal', 'Retain until', 'Čuvati do', 'When the partners must delete their copies.'),
});
export type CaseClosureV1 = z.infer<typeof CaseClosureV1>;
