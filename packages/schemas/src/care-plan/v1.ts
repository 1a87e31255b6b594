import { z } from 'zod';
import { AssistanceConditionV1, ServiceKindV1 } from '../common/fragments-v1.js';
import {
  AgencyIdV1,
  CasePseudonymV1,
  InstantV1,
  SubjectPseudonymV1,
  textV1,
} from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

const SubjectParticipationV1 = z.strictObject({
  participated: f(
    z.boolean(),
    'assistance',
    'internal',
    'Person participated',
    'Lice učestvovalo',
    'The person took part in making the plan.',
  ),
  agreed: f(
    z.boolean(),
    'assistance',
    'internal',
    'Person agreed',
    'Lice saglasno',
    'The person agreed to the plan.',
  ),
  views: f(
    textV1(4000).optional(),
    'assistance',
    'personal',
    "Person's views",
    'Stavovi lica',
    'What the person wants, in their words.',
  ),
  reasonNotParticipating: f(
    textV1(1000).optional(),
    'assistance',
    'personal',
    'Reason for not participating',
    'Razlog neučestvovanja',
    'Why the person did not take part.',
  ),
});

const PlannedServiceV1 = z.strictObject({
  kind: f(ServiceKindV1, 'assistance', 'personal', 'Service', 'Usluga', 'Kind of service planned.'),
  provider: f(
    AgencyIdV1,
    'assistance',
    'internal',
    'Provider',
    'Pružalac',
    'Provider of the service.',
  ),
  providerChosenBySubject: f(
    z.boolean(),
    'assistance',
    'internal',
    'Chosen by the person',
    'Izbor lica',
    'The person chose the provider.',
  ),
});

const CarePlanReviewV1 = z.strictObject({
  at: f(
    InstantV1,
    'assistance',
    'internal',
    'Reviewed at',
    'Vreme revizije',
    'When the joint review took place.',
  ),
  participants: f(
    z.array(AgencyIdV1).min(2).max(30),
    'assistance',
    'internal',
    'Participants',
    'Učesnici',
    'Agencies at the joint review.',
  ),
  subjectParticipation: f(
    SubjectParticipationV1,
    'assistance',
    'personal',
    'Participation of the person',
    'Učešće lica',
    'How the person took part in the review.',
  ),
  changes: f(
    textV1(4000, 0).optional(),
    'assistance',
    'personal',
    'Changes',
    'Izmene',
    'What the review changed.',
  ),
});

/**
 * `nrm.care-plan` v1 — made with the person within two weeks of the immediate plan, with
 * the partner agencies and periodic joint reviews. FROZEN.
 */
export const CarePlanV1 = z.strictObject({
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
    'Agency coordinating the plan.',
  ),
  madeAt: f(
    InstantV1,
    'assistance',
    'internal',
    'Made at',
    'Vreme izrade',
    'When the plan was agreed.',
  ),
  partnerAgencies: f(
    z.array(AgencyIdV1).min(1).max(30),
    'assistance',
    'internal',
    'Partner agencies',
    'Partnerski organi',
    'Agencies the plan was made with.',
  ),
  subjectParticipation: f(
    SubjectParticipationV1,
    'assistance',
    'personal',
    'Participation of the person',
    'Učešće lica',
    'The person participates and decides.',
  ),
  services: f(
    z.array(PlannedServiceV1).min(1).max(30),
    'assistance',
    'personal',
    'Services',
    'Usluge',
    'Services planned.',
  ),
  conditions: f(
    z.array(AssistanceConditionV1).max(10),
    'assistance',
    'internal',
    'Conditions',
    'Uslovi',
    'Conditions attached (never cooperation with authorities).',
  ),
  reviewEveryDays: f(
    z.int().min(1).max(366),
    'assistance',
    'internal',
    'Review every (days)',
    'Revizija na (dana)',
    'Interval of joint reviews.',
  ),
  reviews: f(
    z.array(CarePlanReviewV1).max(200),
    'assistance',
    'personal',
    'Reviews',
    'Revizije',
    'Joint reviews held so far.',
  ),
});
export type CarePlanV1 = z.infer<typeof CarePlanV1>;
