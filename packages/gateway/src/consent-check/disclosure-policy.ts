import type { AgencyKind, DataCategory, LawfulBasis, Purpose } from '@nrm/domain';

/**
 * Disclosures that need no consent because a policy rule gives a lawful basis (DESIGN.md
 * "Consent and lawful basis"). Versioned data: the basis recorded per delivery names the
 * rule id and the policy version.
 */
export interface DisclosureRule {
  readonly id: string;
  /** The envelope's `legalBasis` that invokes the rule; `any` = applies whatever was requested. */
  readonly basis: LawfulBasis | 'any';
  readonly senderKinds: readonly AgencyKind[] | 'any';
  readonly recipientKinds: readonly AgencyKind[];
  readonly purposes: readonly Purpose[];
  /** The only categories the rule lets through (data minimisation). */
  readonly categories: readonly DataCategory[];
  readonly childOnly: boolean;
  readonly requiresJustification: boolean;
}

export interface DisclosurePolicy {
  readonly version: string;
  readonly rules: readonly DisclosureRule[];
}

const ALL_CATEGORIES: readonly DataCategory[] = [
  'identity',
  'contact',
  'location',
  'family',
  'health',
  'sex-life',
  'ethnicity',
  'criminal-proceedings',
  'exploitation',
  'migration',
  'assistance',
  'process',
];

export const SERBIA_DISCLOSURE_POLICY: DisclosurePolicy = {
  version: 'rs-disclosure-2026.1',
  rules: [
    {
      // Duty to report a crime: the minimum to police/prosecutor, never health (SCENARIOS S5).
      id: 'DUTY_TO_REPORT',
      basis: 'legal-obligation',
      senderKinds: ['competent-authority', 'csw', 'ngo', 'health', 'labour-inspectorate'],
      recipientKinds: ['police', 'border-police', 'prosecutor'],
      purposes: ['legal-proceedings'],
      categories: ['identity', 'exploitation', 'process'],
      childOnly: false,
      requiresJustification: false,
    },
    {
      // Every presumed child victim goes to the competent CSW (DOMAIN.md "Children").
      id: 'CHILD_PROTECTION',
      basis: 'any',
      senderKinds: 'any',
      recipientKinds: ['csw'],
      purposes: ['child-protection', 'assistance', 'identification'],
      categories: ALL_CATEGORIES,
      childOnly: true,
      requiresJustification: false,
    },
    {
      // Procedural traffic between state bodies running the identification procedure.
      id: 'PUBLIC_TASK_PROCEDURE',
      basis: 'public-task',
      senderKinds: [
        'competent-authority',
        'csw',
        'police',
        'border-police',
        'prosecutor',
        'national-coordinator',
      ],
      recipientKinds: [
        'competent-authority',
        'csw',
        'police',
        'border-police',
        'prosecutor',
        'national-coordinator',
      ],
      purposes: ['identification', 'legal-proceedings', 'child-protection'],
      categories: ['process'],
      childOnly: false,
      requiresJustification: false,
    },
    {
      // Vital interests: any agency, any recipient, but only with a written justification.
      id: 'VITAL_INTERESTS',
      basis: 'vital-interests',
      senderKinds: 'any',
      recipientKinds: [
        'competent-authority',
        'police',
        'border-police',
        'csw',
        'ngo',
        'prosecutor',
        'health',
        'asylum-migration-authority',
        'international-organisation',
        'foreign-partner',
      ],
      purposes: ['assistance', 'child-protection', 'identification', 'return'],
      categories: ALL_CATEGORIES,
      childOnly: false,
      requiresJustification: true,
    },
  ],
};
