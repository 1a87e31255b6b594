import { z } from 'zod';
import { f } from '../meta/field-meta.js';
import { AgencyIdV1, textV1, uniqueArrayV1 } from './primitives-v1.js';

/**
 * Value sets and small structures shared by several v1 payloads. FROZEN like
 * `primitives-v1.ts`: literals are copied from `@nrm/domain` at the time of release.
 */

/** ISO 639 language code. */
export const LanguageV1 = z.string().regex(/^[a-z]{2,3}$/);

export const ExploitationFormV1 = z.enum([
  'sexual',
  'labour',
  'forced-begging',
  'forced-criminality',
  'forced-marriage',
  'illegal-adoption',
  'organ-removal',
  'domestic-servitude',
  'other',
]);

export const AgencyKindV1 = z.enum([
  'competent-authority',
  'police',
  'border-police',
  'csw',
  'ngo',
  'prosecutor',
  'court',
  'asylum-migration-authority',
  'labour-inspectorate',
  'education',
  'health',
  'ministry-foreign-affairs',
  'employment-agency',
  'national-coordinator',
  'international-organisation',
  'helpline',
  'foreign-partner',
]);

export const GenderV1 = z.enum(['female', 'male', 'transgender', 'non-binary', 'unknown']);

export const MigrationStatusV1 = z.enum([
  'citizen',
  'regular-migrant',
  'irregular-migrant',
  'asylum-seeker',
  'refugee',
  'stateless',
  'unknown',
]);

export const ImmediateNeedV1 = z.enum([
  'safe-accommodation',
  'emergency-medical-care',
  'psychological-first-aid',
  'food-and-clothing',
  'interpretation',
  'legal-advice',
  'protection-from-reprisals',
  'child-guardian',
  'family-contact',
  'documents',
  'money',
]);

export const ServiceKindV1 = z.enum([
  'accommodation',
  'material-assistance',
  'medical-emergency',
  'medical-ordinary',
  'medical-specialised',
  'psychosocial',
  'legal-aid-criminal',
  'legal-aid-civil',
  'legal-aid-administrative',
  'interpretation',
  'education',
  'vocational-training',
  'employment',
  'return-assistance',
  'family-tracing',
]);

export const EvidenceKindV1 = z.enum([
  'first-responder-report',
  'indicator-observations',
  'interview',
  'field-visit',
  'documents',
  'consultation-opinion',
  'foreign-identification',
  'medical-report',
  'criminal-case-outcome',
]);

export const ConsultationRoleV1 = z.enum([
  'referring-agency',
  'support-provider',
  'competent-csw',
  'police',
  'other',
]);

export const RiskLevelV1 = z.enum(['low', 'medium', 'high']);

export const AssistanceConditionV1 = z.enum([
  'informed-consent',
  'shelter-house-rules',
  'participation-in-care-plan',
  'cooperation-with-police',
  'cooperation-with-prosecution',
  'testimony-in-proceedings',
]);

export const ConsentGiverV1 = z.enum(['self', 'guardian', 'legal-representative']);

/** A professional by staff id local to their agency; never a name. */
export const OfficialV1 = z.strictObject({
  id: f(
    z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/),
    'process',
    'internal',
    'Staff id',
    'Službeni identifikator',
    'Staff id local to the agency, never a name.',
  ),
  agency: f(AgencyIdV1, 'process', 'internal', 'Agency', 'Organ', 'Agency the official acts for.'),
});

/** The finding on one identification criterion, with reasons and the evidence relied on. */
export const CriterionFindingV1 = z.strictObject({
  criterion: f(
    textV1(100),
    'process',
    'internal',
    'Criterion',
    'Kriterijum',
    'Id of the published criterion, e.g. crit.means.',
  ),
  finding: f(
    z.enum(['met', 'not-met', 'not-applicable']),
    'process',
    'internal',
    'Finding',
    'Nalaz',
    'Whether the criterion is met.',
  ),
  reasoning: f(
    textV1(4000),
    'exploitation',
    'personal',
    'Reasoning',
    'Obrazloženje',
    'Why the criterion is or is not met.',
  ),
  evidence: f(
    uniqueArrayV1(EvidenceKindV1, 1, 9),
    'process',
    'internal',
    'Evidence',
    'Dokazi',
    'Kinds of evidence relied on.',
  ),
});

/** Whom a written motivation is sent to: the person (possibly through an agency) or an agency. */
export const DecisionRecipientV1 = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('subject'),
    via: f(
      AgencyIdV1.optional(),
      'process',
      'internal',
      'Delivered via',
      'Dostavlja se preko',
      'Agency that hands the text to the person.',
    ),
  }),
  z.strictObject({
    kind: z.literal('agency'),
    agency: f(
      AgencyIdV1,
      'process',
      'internal',
      'Agency',
      'Organ',
      'Agency receiving the motivation.',
    ),
  }),
]);

/** The written reasons of a decision, in a language the person understands. */
export const MotivationV1 = z.strictObject({
  text: f(
    textV1(20000, 0),
    'exploitation',
    'personal',
    'Reasons',
    'Obrazloženje',
    'Written reasons of the decision.',
  ),
  language: f(
    LanguageV1,
    'process',
    'internal',
    'Language',
    'Jezik',
    'Language of the text (ISO 639).',
  ),
  sendTo: f(
    z.array(DecisionRecipientV1).max(20),
    'process',
    'internal',
    'Sent to',
    'Dostavljeno',
    'Who receives the motivation.',
  ),
  informsOfReviewRight: f(
    z.boolean(),
    'process',
    'internal',
    'Informs of review right',
    'Pouka o pravu na preispitivanje',
    'The text tells the person how to ask for a review.',
  ),
});
