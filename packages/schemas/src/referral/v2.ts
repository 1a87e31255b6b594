import { z } from 'zod';
import {
  AgencyKindV1,
  ExploitationFormV1,
  GenderV1,
  ImmediateNeedV1,
  LanguageV1,
  MigrationStatusV1,
} from '../common/fragments-v1.js';
import {
  AgencyIdV1,
  AreaCodeV1,
  CalendarDateV1,
  CasePseudonymV1,
  CountryCodeV1,
  InstantV1,
  SubjectPseudonymV1,
  textV1,
  uniqueArrayV1,
  UuidV1,
} from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';
import { ReferralIdV1 } from './v1.js';

const AgeV2 = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('documented'),
    birthDate: f(
      CalendarDateV1,
      'identity',
      'personal',
      'Date of birth',
      'Datum rođenja',
      'Documented date of birth.',
    ),
  }),
  z.strictObject({
    status: z.literal('assessed'),
    estimatedAge: f(
      z.int().min(0).max(120),
      'identity',
      'personal',
      'Estimated age',
      'Procenjena starost',
      'Age in years found by an age assessment.',
    ),
    assessedOn: f(
      CalendarDateV1,
      'identity',
      'personal',
      'Assessed on',
      'Datum procene',
      'Date of the age assessment.',
    ),
  }),
  z.strictObject({
    status: z.literal('disputed'),
    claimedAge: f(
      z.int().min(0).max(120).optional(),
      'identity',
      'personal',
      'Claimed age',
      'Navedena starost',
      'Age the person states.',
    ),
  }),
  z.strictObject({ status: z.literal('unknown') }),
]);

const SubjectV2 = z.strictObject({
  pseudonym: f(
    SubjectPseudonymV1,
    'identity',
    'internal',
    'Pseudonym',
    'Pseudonim',
    'Pseudonym of the person; never a name.',
  ),
  age: f(
    AgeV2,
    'identity',
    'personal',
    'Age',
    'Starost',
    'What is known of the age; disputed or unknown means treated as a child.',
  ),
  gender: f(GenderV1, 'identity', 'personal', 'Gender', 'Rod', 'Gender as stated by the person.'),
  citizenship: f(
    uniqueArrayV1(CountryCodeV1, 0, 5),
    'migration',
    'personal',
    'Citizenship',
    'Državljanstvo',
    'Countries of citizenship (ISO 3166-1 alpha-2).',
  ),
  migrationStatus: f(
    MigrationStatusV1,
    'migration',
    'personal',
    'Migration status',
    'Migracioni status',
    'Residence or asylum status.',
  ),
  unaccompanied: f(
    z.boolean(),
    'family',
    'personal',
    'Unaccompanied',
    'Bez pratnje',
    'A child without parents or caregiver.',
  ),
  separated: f(
    z.boolean(),
    'family',
    'personal',
    'Separated',
    'Odvojeno',
    'A child with an adult who is not the caregiver.',
  ),
  languages: f(
    uniqueArrayV1(LanguageV1, 0, 10),
    'identity',
    'personal',
    'Languages',
    'Jezici',
    'Languages the person speaks (ISO 639).',
  ),
  interpreterNeeded: f(
    z.boolean(),
    'identity',
    'personal',
    'Interpreter needed',
    'Potreban prevodilac',
    'The person needs an interpreter.',
  ),
  disability: f(
    z.boolean().optional(),
    'health',
    'special',
    'Disability',
    'Invaliditet',
    'The person has a disability.',
  ),
  dependants: f(
    z.int().min(0).max(30).optional(),
    'family',
    'personal',
    'Dependants',
    'Izdržavani članovi',
    'Number of dependants.',
  ),
});

const IndicatorObservationV2 = z.strictObject({
  catalogue: f(
    z.enum(['iom-national', 'ilo', 'unodc', 'labour-inspector', 'child']),
    'exploitation',
    'internal',
    'Catalogue',
    'Katalog',
    'Indicator set the indicator belongs to.',
  ),
  indicator: f(
    z.string().regex(/^(iom-national|ilo|unodc|labour-inspector|child)\.[a-z0-9]+(-[a-z0-9]+)*$/),
    'exploitation',
    'personal',
    'Indicator',
    'Indikator',
    'Stable indicator id, e.g. child.begging-on-street.',
  ),
  observedBy: f(
    AgencyIdV1,
    'process',
    'internal',
    'Observed by',
    'Uočio',
    'Agency that observed the indicator.',
  ),
  observedAt: f(
    InstantV1,
    'process',
    'internal',
    'Observed at',
    'Vreme uočavanja',
    'When it was observed.',
  ),
  note: f(
    textV1(1000).optional(),
    'exploitation',
    'personal',
    'Note',
    'Napomena',
    'What was seen, briefly.',
  ),
});

const ExploitationV2 = z.strictObject({
  forms: f(
    uniqueArrayV1(ExploitationFormV1, 1, 9),
    'exploitation',
    'personal',
    'Forms of exploitation',
    'Oblici eksploatacije',
    'Forms of exploitation suspected.',
  ),
  otherDetail: f(
    textV1(500).optional(),
    'exploitation',
    'personal',
    'Other form',
    'Drugi oblik',
    'Detail when the form is "other".',
  ),
  countriesOfRecruitment: f(
    uniqueArrayV1(CountryCodeV1, 0, 20),
    'location',
    'personal',
    'Countries of recruitment',
    'Zemlje vrbovanja',
    'Where the person was recruited.',
  ),
  countriesOfExploitation: f(
    uniqueArrayV1(CountryCodeV1, 0, 20),
    'location',
    'personal',
    'Countries of exploitation',
    'Zemlje eksploatacije',
    'Where the person was exploited.',
  ),
  domestic: f(
    z.boolean(),
    'location',
    'personal',
    'Domestic',
    'U zemlji',
    'Exploitation took place (also) in the jurisdiction.',
  ),
});

const InterpreterV2 = z.discriminatedUnion('needed', [
  z.strictObject({ needed: z.literal(false) }),
  z.strictObject({
    needed: z.literal(true),
    language: f(
      LanguageV1,
      'identity',
      'personal',
      'Language',
      'Jezik',
      'Language to interpret (ISO 639).',
    ),
  }),
]);

/**
 * `nrm.referral` v2 — structured indicator observations (catalogue ids) instead of free
 * text, recruitment and exploitation countries split, the interpreter need split from its
 * language, the age as documented/assessed/disputed/unknown. Mirrors `@nrm/domain` Referral.
 */
export const ReferralV2 = z.strictObject({
  id: f(
    ReferralIdV1,
    'process',
    'internal',
    'Referral id',
    'Identifikator upućivanja',
    'Id minted by the referring agency.',
  ),
  casePseudonym: f(
    CasePseudonymV1,
    'process',
    'internal',
    'Case pseudonym',
    'Pseudonim slučaja',
    'Pseudonym of the case.',
  ),
  subject: f(
    SubjectV2,
    'identity',
    'personal',
    'Person',
    'Lice',
    'The presumed victim, pseudonymously.',
  ),
  referringAgency: f(
    AgencyIdV1,
    'process',
    'internal',
    'Referring agency',
    'Organ koji upućuje',
    'First responder making the referral.',
  ),
  channel: f(
    z.enum([...AgencyKindV1.options, 'self-referral']),
    'process',
    'internal',
    'Channel',
    'Kanal',
    'Kind of first responder, or self-referral.',
  ),
  referredAt: f(
    InstantV1,
    'process',
    'internal',
    'Referred at',
    'Vreme upućivanja',
    'When the referral was made.',
  ),
  recipients: f(
    uniqueArrayV1(AgencyIdV1, 1, 20),
    'process',
    'internal',
    'Recipients',
    'Primaoci',
    'Competent authority and, for a child, the competent CSW.',
  ),
  exploitation: f(
    ExploitationV2,
    'exploitation',
    'personal',
    'Exploitation',
    'Eksploatacija',
    'What is known about the exploitation.',
  ),
  indicators: f(
    z.array(IndicatorObservationV2).max(200),
    'exploitation',
    'personal',
    'Indicators observed',
    'Uočeni indikatori',
    'Indicators observed, by catalogue id.',
  ),
  indicatorNotes: f(
    textV1(4000).optional(),
    'exploitation',
    'personal',
    'Indicator notes',
    'Beleške o indikatorima',
    'Free-text indicators carried over from a v1 referral.',
  ),
  immediateNeeds: f(
    uniqueArrayV1(ImmediateNeedV1, 0, 11),
    'assistance',
    'personal',
    'Immediate needs',
    'Hitne potrebe',
    'Needs seen at referral.',
  ),
  interpreter: f(
    InterpreterV2,
    'identity',
    'personal',
    'Interpreter',
    'Prevodilac',
    'Whether an interpreter is needed, and for which language.',
  ),
  area: f(
    AreaCodeV1,
    'location',
    'personal',
    'Area',
    'Opština',
    "Municipality of the person's whereabouts.",
  ),
  consentRefs: f(
    uniqueArrayV1(UuidV1, 0, 20),
    'process',
    'internal',
    'Consents',
    'Pristanci',
    'Consent records the disclosure relies on.',
  ),
});
export type ReferralV2 = z.infer<typeof ReferralV2>;
