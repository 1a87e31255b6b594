import { LawfulBasisPolicy } from './lawful-basis-policy.js';

/**
 * Default lawful-basis policy for Serbia. Duty to report shares the minimum (identity,
 * exploitation, process, and the criminal-proceedings facts a report of a crime consists of:
 * never health, sex life, ethnicity, contact or location) because the assessment asks to
 * reconcile confidentiality with the duty to report; child protection lets any agency inform the
 * competent CSW about a child; vital interests is the emergency exit and always alerts
 * the DPO (DOMAIN.md "Data protection", "Children").
 */
export const SERBIA_LAWFUL_BASIS_POLICY: LawfulBasisPolicy = LawfulBasisPolicy.parse({
  id: 'rs-nrm-lawful-basis',
  version: 1,
  jurisdiction: 'RS',
  effectiveFrom: '2026-01-01T00:00:00Z',
  rules: [
    {
      id: 'duty-to-report',
      basis: 'legal-obligation',
      description:
        'The competent authority reports a crime to the police or the prosecutor; only identity, exploitation, process and the criminal-proceedings facts of the report itself.',
      sender: { by: 'profile-role', role: 'competent-authority' },
      recipient: { by: 'kind', kinds: ['police', 'prosecutor'] },
      subjects: 'any',
      purposes: ['legal-proceedings'],
      // A report of a crime is criminal-proceedings data by nature (GDPR art. 10): without it
      // no `nrm.proceedings-notice` could go. It is the only special category the rule names.
      categories: ['identity', 'exploitation', 'process', 'criminal-proceedings'],
      requiresJustification: false,
      alertDpo: false,
      explicitOnly: false,
    },
    {
      id: 'child-protection',
      basis: 'legal-obligation',
      description:
        'Any agency informs the child-protection agency (CSW) about a presumed child victim.',
      sender: { by: 'any' },
      recipient: { by: 'profile-role', role: 'child-protection-agency' },
      subjects: 'child',
      purposes: ['child-protection', 'assistance'],
      categories: [
        'identity',
        'contact',
        'location',
        'family',
        'exploitation',
        'migration',
        'assistance',
        'process',
      ],
      requiresJustification: false,
      alertDpo: false,
      explicitOnly: false,
    },
    {
      id: 'vital-interests',
      basis: 'vital-interests',
      description:
        'Protecting the life or physical safety of the person when consent cannot be obtained in time; a justification is required and the DPO is alerted.',
      sender: { by: 'any' },
      recipient: {
        by: 'kind',
        kinds: [
          'competent-authority',
          'police',
          'border-police',
          'csw',
          'health',
          'ngo',
          'international-organisation',
        ],
      },
      subjects: 'any',
      purposes: ['assistance', 'child-protection', 'identification'],
      categories: ['identity', 'contact', 'location', 'family', 'health'],
      requiresJustification: true,
      alertDpo: true,
      explicitOnly: true,
    },
  ],
});
