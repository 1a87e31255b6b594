import { LawfulBasisPolicy } from './lawful-basis-policy.js';
import { REFERRAL_MINIMUM } from './referral-minimum.js';

/**
 * Lawful-basis policy for the United Kingdom profile (England and Wales). Unlike Serbia, an
 * adult enters the NRM only with informed consent: there is no mandatory adult referral.
 * Without consent a public authority's duty to notify (Modern Slavery Act 2015 s.52, form
 * MS1) is anonymous — no identity, family or contact data — so it travels here without
 * them. Children are referred without consent, and children's services are always told.
 * The Victims' Code gives the victim, not her support organisation, the right to be told of
 * charges, plea, trial, outcome and release; it reaches the support provider as the contact
 * the victim chose, so the rule names NGOs as recipients for those notices only.
 */
export const UNITED_KINGDOM_LAWFUL_BASIS_POLICY: LawfulBasisPolicy = LawfulBasisPolicy.parse({
  id: 'gb-nrm-lawful-basis',
  version: 1,
  jurisdiction: 'GB',
  effectiveFrom: '2026-01-01T00:00:00Z',
  rules: [
    {
      id: 'mandatory-child-referral',
      basis: 'legal-obligation',
      description:
        'A first responder refers a presumed child victim to the competent authority with what the decision needs; a child does not consent to be referred.',
      sender: { by: 'kind', kinds: ['police', 'border-police', 'csw', 'ngo'] },
      recipient: { by: 'profile-role', role: 'competent-authority' },
      subjects: 'child',
      purposes: ['identification'],
      categories: [...REFERRAL_MINIMUM],
      requiresJustification: false,
      alertDpo: false,
      explicitOnly: false,
      messageTypes: ['nrm.referral'],
      source:
        'Modern Slavery Act 2015: statutory guidance under s.49 (children are referred without consent).',
    },
    {
      id: 'child-safeguarding',
      basis: 'legal-obligation',
      description:
        "Any agency refers a presumed child victim to the local authority's children's services (safeguarding).",
      sender: { by: 'any' },
      recipient: { by: 'profile-role', role: 'child-protection-agency' },
      subjects: 'child',
      purposes: ['identification', 'child-protection'],
      categories: [...REFERRAL_MINIMUM],
      requiresJustification: false,
      alertDpo: false,
      explicitOnly: false,
      source: 'Children Act 1989 s.47 and Children Act 2004 s.11 (safeguarding duties).',
    },
    {
      id: 'duty-to-notify',
      basis: 'legal-obligation',
      description:
        'A public authority notifies the Home Office of a potential adult victim who does not consent to a referral: anonymous, with no identity, family or contact data.',
      sender: {
        by: 'kind',
        kinds: ['police', 'border-police', 'csw', 'asylum-migration-authority'],
      },
      recipient: { by: 'profile-role', role: 'competent-authority' },
      subjects: 'adult',
      purposes: ['statistics'],
      categories: ['exploitation', 'location', 'process'],
      requiresJustification: false,
      alertDpo: false,
      explicitOnly: true,
      source: 'Modern Slavery Act 2015 s.52 (duty to notify; form MS1, anonymous without consent).',
    },
    {
      id: 'victim-notification',
      basis: 'legal-obligation',
      description:
        "The prosecutor or court informs the victim's support provider, as her chosen contact, of charge, plea, trial, outcome and the offender's release; only the notice itself.",
      sender: { by: 'kind', kinds: ['prosecutor', 'court'] },
      recipient: { by: 'kind', kinds: ['ngo', 'csw'] },
      subjects: 'any',
      purposes: ['legal-proceedings', 'assistance'],
      categories: ['identity', 'process', 'criminal-proceedings'],
      requiresJustification: false,
      alertDpo: false,
      explicitOnly: false,
      messageTypes: ['nrm.proceedings-notice'],
      source:
        'Code of Practice for Victims of Crime in England and Wales (2020), rights 6 and 11, under the Domestic Violence, Crime and Victims Act 2004 s.32-35; Directive 2012/29/EU art. 6 for comparison.',
    },
  ],
});
