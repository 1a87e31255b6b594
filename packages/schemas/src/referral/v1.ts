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

/** `ref_` + 16–40 letters or digits, minted by the referring agency. */
export const ReferralIdV1 = z.string().regex(/^ref_[0-9A-Za-z]{16,40}$/);

const ReferredPersonV1 = z.strictObject({
  pseudonym: f(
    SubjectPseudonymV1,
    'identity',
    'internal',
    'Pseudonym',
    'Pseudonim',
    'Pseudonym of the person; never a name.',
  ),
  birthDate: f(
    CalendarDateV1.optional(),
    'identity',
    'personal',
    'Date of birth',
    'Datum rođenja',
    'Documented date of birth, when known.',
  ),
  ageDisputed: f(
    z.boolean(),
    'identity',
    'personal',
    'Age disputed',
    'Starost sporna',
    'The age is disputed; the person is treated as a child until assessed.',
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
});

/**
 * `nrm.referral` v1 — a first responder refers a presumed victim to the competent
 * authority. The original release: indicators as free text, one list of countries.
 * FROZEN: superseded by v2, still accepted and upgraded on read.
 */
export const ReferralV1 = z.strictObject({
  referralId: f(
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
    ReferredPersonV1,
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
  exploitationForms: f(
    uniqueArrayV1(ExploitationFormV1, 1, 9),
    'exploitation',
    'personal',
    'Forms of exploitation',
    'Oblici eksploatacije',
    'Forms of exploitation suspected.',
  ),
  exploitationCountries: f(
    uniqueArrayV1(CountryCodeV1, 0, 20),
    'location',
    'personal',
    'Countries',
    'Zemlje',
    'Countries of recruitment or exploitation, not distinguished.',
  ),
  domestic: f(
    z.boolean(),
    'location',
    'personal',
    'Domestic',
    'U zemlji',
    'Exploitation took place (also) in the jurisdiction.',
  ),
  indicatorsText: f(
    textV1(4000).optional(),
    'exploitation',
    'personal',
    'Indicators observed',
    'Uočeni indikatori',
    'Indicators observed, as free text.',
  ),
  immediateNeeds: f(
    uniqueArrayV1(ImmediateNeedV1, 0, 11),
    'assistance',
    'personal',
    'Immediate needs',
    'Hitne potrebe',
    'Needs seen at referral.',
  ),
  interpreterLanguage: f(
    LanguageV1.optional(),
    'identity',
    'personal',
    'Interpreter language',
    'Jezik prevodioca',
    'Language an interpreter is needed for; absent when none is needed.',
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
export type ReferralV1 = z.infer<typeof ReferralV1>;
