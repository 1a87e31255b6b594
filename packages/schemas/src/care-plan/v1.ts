import { z } from 'zod';
import { ServiceKindV1 } from '../common/fragments-v1.js';
import { AgencyIdV1, CalendarDateV1, InstantV1, textV1, uniqueArrayV1, UuidV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

const PlannedServiceV1 = z.strictObject({
  kind: f(ServiceKindV1, 'assistance', 'personal', 'Service', 'Usluga', 'Kind of service planned.'),
  provider: f(AgencyIdV1, 'assistance', 'internal', 'Provider', 'Pružalac', 'Provider chosen with the person.'),
  chosenByPerson: f(z.boolean(), 'assistance', 'internal', 'Chosen by the person', 'Izbor lica', 'The person chose this service and provider.'),
});

/**
 * `nrm.care-plan` v1 — made with the person within two weeks of the immediate plan, with
 * periodic joint reviews. FROZEN.
 */
export const CarePlanV1 = z.strictObject({
  planId: f(UuidV1, 'assistance', 'internal', 'Plan id', 'Identifikator plana', 'Id of this care plan.'),
  assistancePlanId: f(UuidV1, 'assistance', 'internal', 'Immediate plan', 'Plan hitne pomoći', 'The immediate assistance plan it follows.'),
  agreedAt: f(InstantV1, 'assistance', 'internal', 'Agreed at', 'Vreme usaglašavanja', 'When the plan was agreed.'),
  personParticipated: f(z.boolean(), 'assistance', 'internal', 'Person participated', 'Lice učestvovalo', 'The person took part and decided.'),
  personViews: f(textV1(4000).optional(), 'assistance', 'personal', "Person's views", 'Stavovi lica', 'What the person wants, in their words.'),
  goals: f(z.array(textV1(500)).min(1).max(20), 'assistance', 'personal', 'Goals', 'Ciljevi', 'Goals agreed with the person.'),
  services: f(z.array(PlannedServiceV1).min(1).max(30), 'assistance', 'personal', 'Services', 'Usluge', 'Services planned.'),
  partners: f(uniqueArrayV1(AgencyIdV1, 1, 20), 'assistance', 'internal', 'Partner agencies', 'Partnerski organi', 'Agencies taking part.'),
  nextReviewOn: f(CalendarDateV1, 'assistance', 'internal', 'Next review', 'Sledeća revizija', 'Date of the next joint review.'),
});
export type CarePlanV1 = z.infer<typeof CarePlanV1>;
