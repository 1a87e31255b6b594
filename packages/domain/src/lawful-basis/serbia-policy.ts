import { LawfulBasisPolicy } from './lawful-basis-policy.js';
import { REFERRAL_MINIMUM } from './referral-minimum.js';

/** The first responders the assessment names (seed L85-87: police, CSWs and NGOs). */
const FIRST_RESPONDERS = ['police', 'border-police', 'csw', 'ngo'] as const;

/**
 * Default lawful-basis policy for Serbia. Duty to report shares the minimum (identity,
 * exploitation, process, and the criminal-proceedings facts a report of a crime consists of:
 * never health, sex life, ethnicity, contact or location) because the assessment asks to
 * reconcile confidentiality with the duty to report; child protection lets any agency inform the
 * competent CSW about a child; the mandatory referrals (to CPTV, and for a child to the
 * competent CSW) carry the referral minimum without waiting for consent; victim notification
 * lets the prosecutor or court tell the victim's supporters and CPTV of the steps that
 * concern her safety and rights; vital interests is the emergency exit and always alerts
 * the DPO (DOMAIN.md "Data protection", "Children").
 *
 * Version 2 added mandatory-referral, mandatory-child-referral and victim-notification, and
 * the legal source of every rule.
 */
export const SERBIA_LAWFUL_BASIS_POLICY: LawfulBasisPolicy = LawfulBasisPolicy.parse({
  id: 'rs-nrm-lawful-basis',
  version: 2,
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
      source:
        'Every public body must inform the police and the prosecutor of a potential trafficking case (seed L1291-1295); reconcile confidentiality with that duty (seed L402-403).',
    },
    {
      id: 'mandatory-referral',
      basis: 'legal-obligation',
      description:
        'A first responder (police, border police, CSW, NGO) refers a presumed victim to the competent authority (CPTV) with what identification needs; no consent is asked for this minimum.',
      sender: { by: 'kind', kinds: [...FIRST_RESPONDERS] },
      recipient: { by: 'profile-role', role: 'competent-authority' },
      subjects: 'any',
      purposes: ['identification'],
      categories: [...REFERRAL_MINIMUM],
      requiresJustification: false,
      alertDpo: false,
      explicitOnly: false,
      messageTypes: ['nrm.referral'],
      source:
        'Assessment of the Serbian NRM (2020): all first responders are required to refer presumed victims to CPTV (seed L85-87); Law on Social Protection, CPTV mandate.',
    },
    {
      id: 'mandatory-child-referral',
      basis: 'legal-obligation',
      description:
        "A first responder refers a presumed child victim to the competent CSW (guardianship authority) with what identification and the child's protection need; no consent is asked, a parent may be the exploiter.",
      sender: { by: 'kind', kinds: [...FIRST_RESPONDERS] },
      recipient: { by: 'profile-role', role: 'child-protection-agency' },
      subjects: 'child',
      purposes: ['identification', 'child-protection'],
      categories: [...REFERRAL_MINIMUM],
      requiresJustification: false,
      alertDpo: false,
      explicitOnly: false,
      messageTypes: ['nrm.referral'],
      source:
        'Assessment of the Serbian NRM (2020): all presumed child victims are referred to the competent CSW and to CPTV (seed L1838-1841); parents may be the exploiters (seed L1407-1408); Family Law, guardianship by the CSW.',
    },
    {
      id: 'victim-notification',
      basis: 'legal-obligation',
      description:
        "The prosecutor or court informs the victim's support organisation or representative (for a child, the CSW) and the competent authority of the release or escape of the accused, plea negotiations (with the invitation to claim damages, before the agreement), the agreement, the indictment and the outcome; only the notice itself.",
      sender: { by: 'kind', kinds: ['prosecutor', 'court'] },
      recipient: { by: 'kind', kinds: ['ngo', 'competent-authority', 'csw'] },
      subjects: 'any',
      purposes: ['legal-proceedings', 'assistance'],
      // A notice names the person, the case and the step taken: nothing of her file.
      categories: ['identity', 'process', 'criminal-proceedings'],
      requiresJustification: false,
      alertDpo: false,
      explicitOnly: false,
      messageTypes: ['nrm.proceedings-notice'],
      source:
        "Criminal Procedure Code art. 313(6) and 314(4): the prosecutor invites the victim to claim damages before a plea agreement (seed L2066-2072, fn. 106); EU Victims' Rights Directive 2012/29/EU art. 6 (seed L2058-2062, fn. 104, 105); the plea-bargain case (seed L2080-2105).",
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
      source:
        'Family Law and Law on Social Protection: the CSW is the guardianship authority (seed L1838-1840).',
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
      source: 'Law on Personal Data Protection (2018) art. 12(1)(4); GDPR art. 6(1)(d).',
    },
  ],
});
