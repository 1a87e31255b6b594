import { z } from 'zod';
import { AssistanceConditionV1 } from '../common/fragments-v1.js';
import { AgencyIdV1, InstantV1, SubjectPseudonymV1, textV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

const extensions = () =>
  f(
    z
      .array(
        z.strictObject({
          days: f(
            z.int().min(1).max(366),
            'migration',
            'personal',
            'Days',
            'Dana',
            'Length of the extension.',
          ),
          grantedBy: f(
            AgencyIdV1,
            'migration',
            'internal',
            'Granted by',
            'Odobrio',
            'Authority granting it.',
          ),
          grantedAt: f(
            InstantV1,
            'migration',
            'internal',
            'Granted at',
            'Vreme odobrenja',
            'When it was granted.',
          ),
          reason: f(
            textV1(2000),
            'migration',
            'personal',
            'Reason',
            'Razlog',
            'Why it was extended.',
          ),
        }),
      )
      .max(20),
    'migration',
    'personal',
    'Extensions',
    'Produženja',
    'Extensions granted so far.',
  );

const RecoveryPeriodV1 = z.strictObject({
  subject: f(
    SubjectPseudonymV1,
    'identity',
    'internal',
    'Subject',
    'Lice',
    'Pseudonym of the person.',
  ),
  grantedBy: f(
    AgencyIdV1,
    'migration',
    'internal',
    'Granted by',
    'Odobrio',
    'Authority granting the period.',
  ),
  startedAt: f(
    InstantV1,
    'migration',
    'personal',
    'Started at',
    'Početak',
    'Start of the 90-day period.',
  ),
  extensions: extensions(),
  conditions: f(
    z.array(AssistanceConditionV1).max(10),
    'migration',
    'internal',
    'Conditions',
    'Uslovi',
    'Conditions attached (never cooperation with authorities).',
  ),
  terminated: f(
    z
      .strictObject({
        at: f(
          InstantV1,
          'migration',
          'personal',
          'Terminated at',
          'Vreme prestanka',
          'When the period ended early.',
        ),
        reason: f(
          z.enum([
            'public-order',
            'status-claimed-improperly',
            'person-left-voluntarily',
            'residence-permit-granted',
            'declined-cooperation',
          ]),
          'migration',
          'personal',
          'Reason',
          'Razlog',
          'Why it ended early.',
        ),
      })
      .optional(),
    'migration',
    'personal',
    'Terminated',
    'Prekinut',
    'Early end of the period, if any.',
  ),
});

const ResidencePermitV1 = z.strictObject({
  subject: f(
    SubjectPseudonymV1,
    'identity',
    'internal',
    'Subject',
    'Lice',
    'Pseudonym of the person.',
  ),
  grantedBy: f(
    AgencyIdV1,
    'migration',
    'internal',
    'Granted by',
    'Odobrio',
    'Authority granting the permit.',
  ),
  validFrom: f(
    InstantV1,
    'migration',
    'personal',
    'Valid from',
    'Važi od',
    'Start of the one-year permit.',
  ),
  ground: f(
    z.enum(['protection-recovery-safety', 'presence-needed-in-proceedings']),
    'migration',
    'personal',
    'Ground',
    'Osnov',
    'Either ground suffices; cooperation is not required.',
  ),
  presenceRequestedBy: f(
    AgencyIdV1.optional(),
    'criminal-proceedings',
    'special',
    'Presence requested by',
    'Prisustvo zatražio',
    'Authority needing the person in proceedings.',
  ),
  extensions: extensions(),
  access: f(
    z.strictObject({
      labourMarket: f(
        z.boolean(),
        'migration',
        'personal',
        'Labour market',
        'Tržište rada',
        'May work.',
      ),
      vocationalTraining: f(
        z.boolean(),
        'migration',
        'personal',
        'Vocational training',
        'Stručno osposobljavanje',
        'May attend vocational training.',
      ),
      education: f(
        z.boolean(),
        'migration',
        'personal',
        'Education',
        'Obrazovanje',
        'May attend education.',
      ),
    }),
    'migration',
    'personal',
    'Access',
    'Pristup',
    'What the permit gives access to.',
  ),
});

/**
 * `nrm.residence-decision` v1 — a recovery and reflection period (90 days, no return during
 * it) or a temporary residence permit (1 year) for a foreign victim, with extensions. FROZEN.
 */
export const ResidenceDecisionV1 = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('recovery-period'),
    period: f(
      RecoveryPeriodV1,
      'migration',
      'personal',
      'Recovery period',
      'Period oporavka',
      'The recovery and reflection period.',
    ),
  }),
  z.strictObject({
    decision: z.literal('residence-permit'),
    permit: f(
      ResidencePermitV1,
      'migration',
      'personal',
      'Residence permit',
      'Boravišna dozvola',
      'The temporary residence permit.',
    ),
  }),
]);
export type ResidenceDecisionV1 = z.infer<typeof ResidenceDecisionV1>;
