import { z } from 'zod';
import { ServiceKindV1 } from '../common/fragments-v1.js';
import {
  AgencyIdV1,
  CasePseudonymV1,
  CountryCodeV1,
  InstantV1,
  SubjectPseudonymV1,
  textV1,
} from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

const where = (what: string) => f(CountryCodeV1, 'location', 'personal', 'Country', 'Zemlja', what);

const CaseClosureReasonV1 = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('resettlement'),
    country: where('Country of resettlement.'),
    arrangedBy: f(
      z.enum(['unhcr', 'iom', 'state']),
      'migration',
      'internal',
      'Arranged by',
      'Organizuje',
      'Organisation arranging resettlement.',
    ),
  }),
  z.strictObject({
    kind: z.literal('durable-solution-reached'),
    solution: f(
      z.enum(['local-integration', 'family-reunification', 'third-country-resettlement', 'return']),
      'migration',
      'personal',
      'Solution',
      'Rešenje',
      'Durable solution reached.',
    ),
  }),
  z.strictObject({
    kind: z.literal('person-withdrew'),
    toldHowToReturn: f(
      z.boolean(),
      'process',
      'internal',
      'Told how to return',
      'Upućeno kako da se vrati',
      'The person was told how to come back to the NRM.',
    ),
  }),
  z.strictObject({
    kind: z.literal('moved-abroad'),
    country: where('Country the person moved to.'),
    transnationalReferralSent: f(
      z.boolean(),
      'process',
      'internal',
      'Transnational referral sent',
      'Poslato međunarodno upućivanje',
      'A transnational referral was sent.',
    ),
  }),
  z.strictObject({ kind: z.literal('returned'), country: where('Country of return.') }),
  z.strictObject({ kind: z.literal('assistance-completed') }),
  z.strictObject({
    kind: z.literal('contact-lost'),
    lastContactAt: f(
      InstantV1,
      'process',
      'internal',
      'Last contact',
      'Poslednji kontakt',
      'When the person was last in contact.',
    ),
  }),
]);

/** `nrm.case-closure` v1 — the competent authority closes a case, with the reason and the services provided. FROZEN. */
export const CaseClosureV1 = z.strictObject({
  case: f(CasePseudonymV1, 'process', 'internal', 'Case', 'Slučaj', 'Pseudonym of the case.'),
  subject: f(
    SubjectPseudonymV1,
    'identity',
    'internal',
    'Subject',
    'Lice',
    'Pseudonym of the person.',
  ),
  closedBy: f(
    AgencyIdV1,
    'process',
    'internal',
    'Closed by',
    'Zatvorio',
    'Agency closing the case.',
  ),
  closedAt: f(
    InstantV1,
    'process',
    'internal',
    'Closed at',
    'Vreme zatvaranja',
    'When the case was closed.',
  ),
  reason: f(
    CaseClosureReasonV1,
    'process',
    'personal',
    'Reason',
    'Razlog',
    'Why the case was closed.',
  ),
  servicesProvided: f(
    z.array(ServiceKindV1).max(30),
    'assistance',
    'personal',
    'Services provided',
    'Pružene usluge',
    'Services the person received (continuum of care).',
  ),
  summary: f(
    textV1(4000, 0).optional(),
    'assistance',
    'personal',
    'Summary',
    'Rezime',
    'What later providers should know.',
  ),
});
export type CaseClosureV1 = z.infer<typeof CaseClosureV1>;
