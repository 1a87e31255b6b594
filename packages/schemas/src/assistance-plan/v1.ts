import { z } from 'zod';
import { ServiceKindV1 } from '../common/fragments-v1.js';
import { AgencyIdV1, InstantV1, textV1, UuidV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

const ImmediateServiceV1 = z.strictObject({
  kind: f(ServiceKindV1, 'assistance', 'personal', 'Service', 'Usluga', 'Kind of service arranged.'),
  provider: f(AgencyIdV1, 'assistance', 'internal', 'Provider', 'Pružalac', 'Agency providing it.'),
  arrangedAt: f(InstantV1, 'assistance', 'internal', 'Arranged at', 'Vreme obezbeđivanja', 'When it was arranged.'),
});

/**
 * `nrm.assistance-plan` v1 — the plan of immediate assistance: presumed victims are
 * assisted from the outset, never on condition of cooperation. FROZEN.
 */
export const AssistancePlanV1 = z.strictObject({
  planId: f(UuidV1, 'assistance', 'internal', 'Plan id', 'Identifikator plana', 'Id of the plan; the care plan names it.'),
  startedAt: f(InstantV1, 'assistance', 'internal', 'Started at', 'Početak', 'When immediate assistance started.'),
  services: f(z.array(ImmediateServiceV1).min(1).max(30), 'assistance', 'personal', 'Services', 'Usluge', 'Services arranged.'),
  informedConsent: f(z.boolean(), 'assistance', 'internal', 'Informed consent', 'Informisani pristanak', 'The person agreed to the services after being informed.'),
  completedAt: f(InstantV1.optional(), 'assistance', 'internal', 'Completed at', 'Završetak', 'When the immediate plan was completed (starts the 2-week care-plan deadline).'),
  note: f(textV1(2000).optional(), 'assistance', 'personal', 'Note', 'Napomena', 'Anything later providers should know (continuum of care).'),
});
export type AssistancePlanV1 = z.infer<typeof AssistancePlanV1>;
