import { z } from 'zod';
import { ServiceKindV1 } from '../common/fragments-v1.js';
import {
  AgencyIdV1,
  CasePseudonymV1,
  InstantV1,
  SubjectPseudonymV1,
} from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/**
 * `nrm.assistance-plan` v1 — the plan of immediate assistance: presumed victims are assisted
 * from the outset, never on condition of cooperation. Its completion starts the two-week
 * care-plan deadline. FROZEN.
 */
export const AssistancePlanV1 = z.strictObject({
  case: f(CasePseudonymV1, 'process', 'internal', 'Case', 'Slučaj', 'Pseudonym of the case.'),
  subject: f(
    SubjectPseudonymV1,
    'identity',
    'internal',
    'Subject',
    'Lice',
    'Pseudonym of the person.',
  ),
  madeBy: f(
    AgencyIdV1,
    'assistance',
    'internal',
    'Made by',
    'Sačinio',
    'Agency that arranged the assistance.',
  ),
  startedAt: f(
    InstantV1,
    'assistance',
    'internal',
    'Started at',
    'Početak',
    'When immediate assistance started.',
  ),
  services: f(
    z.array(ServiceKindV1).min(1).max(20),
    'assistance',
    'personal',
    'Services',
    'Usluge',
    'Services arranged.',
  ),
  completedAt: f(
    InstantV1.optional(),
    'assistance',
    'internal',
    'Completed at',
    'Završetak',
    'When the immediate plan was completed.',
  ),
});
export type AssistancePlanV1 = z.infer<typeof AssistancePlanV1>;
