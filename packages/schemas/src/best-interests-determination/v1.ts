import { z } from 'zod';
import { CountryCodeV1, InstantV1, textV1, uniqueArrayV1, UuidV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/**
 * `nrm.best-interests-determination` v1 — the multi-disciplinary determination of a durable
 * solution for a child, in which the child participates. Reunification or return must cite
 * a risk assessment. FROZEN.
 */
export const BestInterestsDeterminationV1 = z.strictObject({
  determinationId: f(UuidV1, 'process', 'internal', 'Determination id', 'Identifikator procene', 'Id of this determination.'),
  conductedAt: f(InstantV1, 'process', 'internal', 'Conducted at', 'Vreme procene', 'When the panel met.'),
  participantRoles: f(
    uniqueArrayV1(z.enum(['guardian', 'competent-authority', 'csw', 'doctor', 'psychologist', 'educator', 'ngo', 'interpreter', 'other']), 2, 9),
    'process',
    'internal',
    'Participants',
    'Učesnici',
    'Roles taking part.',
  ),
  childParticipated: f(z.boolean(), 'process', 'internal', 'Child participated', 'Dete učestvovalo', 'The child was heard.'),
  childViews: f(textV1(4000).optional(), 'family', 'personal', "Child's views", 'Mišljenje deteta', "The child's wishes, in their words."),
  durableSolution: f(
    z.enum(['local-integration', 'family-reunification', 'third-country-resettlement', 'return']),
    'migration',
    'personal',
    'Durable solution',
    'Trajno rešenje',
    'Solution determined to be in the best interests of the child.',
  ),
  country: f(CountryCodeV1.optional(), 'location', 'personal', 'Country', 'Zemlja', 'Country of reunification, resettlement or return.'),
  riskAssessmentId: f(UuidV1.optional(), 'process', 'internal', 'Risk assessment', 'Procena rizika', 'Risk assessment relied on (mandatory before return or reunification).'),
  reasoning: f(textV1(8000), 'family', 'personal', 'Reasoning', 'Obrazloženje', 'Why this solution serves the child best.'),
});
export type BestInterestsDeterminationV1 = z.infer<typeof BestInterestsDeterminationV1>;
