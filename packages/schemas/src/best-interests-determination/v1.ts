import { z } from 'zod';
import {
  AgencyIdV1,
  CountryCodeV1,
  InstantV1,
  SubjectPseudonymV1,
  textV1,
} from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';
import { RiskAssessmentV1 } from '../risk-assessment/v1.js';

const country = (what: string) =>
  f(CountryCodeV1, 'location', 'personal', 'Country', 'Zemlja', what);
const risk = () =>
  f(
    RiskAssessmentV1,
    'exploitation',
    'personal',
    'Risk assessment',
    'Procena rizika',
    'Risk assessment the solution relies on.',
  );

const DurableSolutionV1 = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('local-integration') }),
  z.strictObject({
    kind: z.literal('family-reunification'),
    country: country('Country of reunification.'),
    riskAssessment: risk(),
  }),
  z.strictObject({
    kind: z.literal('third-country-resettlement'),
    country: country('Country of resettlement.'),
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
    kind: z.literal('return'),
    country: country('Country of return.'),
    riskAssessment: risk(),
  }),
]);

/**
 * `nrm.best-interests-determination` v1 — the multi-disciplinary determination of a durable
 * solution for a child, in which the child participates; reunification and return carry the
 * risk assessment they rely on. FROZEN.
 */
export const BestInterestsDeterminationV1 = z.strictObject({
  id: f(
    z.string().regex(/^[0-9A-Za-z_-]{4,64}$/),
    'process',
    'internal',
    'Determination id',
    'Identifikator procene',
    'Id of this determination.',
  ),
  child: f(SubjectPseudonymV1, 'identity', 'internal', 'Child', 'Dete', 'Pseudonym of the child.'),
  ledBy: f(
    AgencyIdV1,
    'process',
    'internal',
    'Led by',
    'Vodi',
    'Agency leading the determination.',
  ),
  conductedAt: f(
    InstantV1,
    'process',
    'internal',
    'Conducted at',
    'Vreme procene',
    'When the panel met.',
  ),
  participants: f(
    z
      .array(
        z.strictObject({
          role: f(
            z.enum([
              'csw-guardian',
              'competent-authority',
              'doctor',
              'educator',
              'psychologist',
              'interpreter',
              'ngo',
              'legal-representative',
              'parent',
              'other',
            ]),
            'process',
            'internal',
            'Role',
            'Uloga',
            'Role of the participant.',
          ),
          agency: f(
            AgencyIdV1.optional(),
            'process',
            'internal',
            'Agency',
            'Organ',
            'Agency of the participant.',
          ),
        }),
      )
      .min(2)
      .max(30),
    'process',
    'internal',
    'Participants',
    'Učesnici',
    'Who took part (multi-disciplinary).',
  ),
  childParticipation: f(
    z.strictObject({
      heard: f(z.boolean(), 'family', 'internal', 'Heard', 'Saslušano', 'The child was heard.'),
      manner: f(
        z.enum(['in-person', 'with-support-person', 'through-guardian']).optional(),
        'family',
        'internal',
        'Manner',
        'Način',
        'How the child was heard.',
      ),
      views: f(
        textV1(4000).optional(),
        'family',
        'personal',
        "Child's views",
        'Mišljenje deteta',
        "The child's wishes, in their words.",
      ),
      weightGiven: f(
        textV1(2000).optional(),
        'family',
        'personal',
        'Weight given',
        'Značaj mišljenja',
        'How the views were weighed.',
      ),
      reasonNotHeard: f(
        textV1(1000).optional(),
        'family',
        'personal',
        'Reason not heard',
        'Razlog nesaslušanja',
        'Why the child was not heard.',
      ),
    }),
    'family',
    'personal',
    'Participation of the child',
    'Učešće deteta',
    'The child participates in the determination.',
  ),
  outcome: f(
    z.strictObject({
      durableSolution: f(
        DurableSolutionV1,
        'migration',
        'personal',
        'Durable solution',
        'Trajno rešenje',
        'Solution in the best interests of the child.',
      ),
      reasoning: f(
        textV1(8000),
        'family',
        'personal',
        'Reasoning',
        'Obrazloženje',
        'Why this solution serves the child best.',
      ),
    }),
    'family',
    'personal',
    'Outcome',
    'Ishod',
    'The durable solution and its reasons.',
  ),
});
export type BestInterestsDeterminationV1 = z.infer<typeof BestInterestsDeterminationV1>;
