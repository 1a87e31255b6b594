import { z } from 'zod';
import { AgencyIdV1, CalendarDateV1, InstantV1, textV1, uniqueArrayV1, UuidV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/**
 * `nrm.residence-decision` v1 — recovery and reflection period (90 days), temporary
 * residence permit (1 year) or their extension or refusal. FROZEN.
 */
export const ResidenceDecisionV1 = z.strictObject({
  decisionId: f(UuidV1, 'migration', 'internal', 'Decision id', 'Identifikator rešenja', 'Id of the residence decision.'),
  authority: f(AgencyIdV1, 'migration', 'internal', 'Authority', 'Organ', 'Migration authority deciding.'),
  kind: f(
    z.enum(['recovery-reflection-period', 'temporary-residence-permit', 'extension']),
    'migration',
    'personal',
    'Kind',
    'Vrsta',
    'What was decided on.',
  ),
  granted: f(z.boolean(), 'migration', 'personal', 'Granted', 'Odobreno', 'Whether it was granted.'),
  grounds: f(
    uniqueArrayV1(z.enum(['protection-recovery-safety', 'presence-needed-in-proceedings']), 0, 2),
    'migration',
    'personal',
    'Grounds',
    'Osnovi',
    'Grounds of a permit (either suffices; cooperation is not required).',
  ),
  validFrom: f(CalendarDateV1.optional(), 'migration', 'personal', 'Valid from', 'Važi od', 'First day of validity, when granted.'),
  validUntil: f(CalendarDateV1.optional(), 'migration', 'personal', 'Valid until', 'Važi do', 'Last day of validity, when granted.'),
  labourMarketAccess: f(z.boolean(), 'migration', 'personal', 'Labour market access', 'Pristup tržištu rada', 'The permit allows work, training and education.'),
  decidedAt: f(InstantV1, 'process', 'internal', 'Decided at', 'Vreme odlučivanja', 'When it was decided.'),
  reasons: f(textV1(4000).optional(), 'migration', 'personal', 'Reasons', 'Obrazloženje', 'Reasons, required for a refusal by policy.'),
});
export type ResidenceDecisionV1 = z.infer<typeof ResidenceDecisionV1>;
