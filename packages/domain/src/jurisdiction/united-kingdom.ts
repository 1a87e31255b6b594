import { JurisdictionProfile } from './jurisdiction-profile.js';

const GUIDANCE = 'Modern Slavery Act 2015 s.49 statutory guidance for England and Wales';

/**
 * United Kingdom NRM: a reasonable-grounds decision (target: 5 working days from referral),
 * then a conclusive-grounds decision no earlier than the end of the recovery period of at
 * least 30 days that starts with the positive reasonable-grounds decision; 45 days of
 * support after a positive conclusive-grounds decision; two competent authorities;
 * reconsideration requested by the first responder or support provider. Values without a
 * source (a care-plan deadline, material assistance months, a permit length) are left out
 * rather than invented. Proves the model is not hard-wired to Serbia.
 */
export const UNITED_KINGDOM: JurisdictionProfile = JurisdictionProfile.parse({
  id: 'GB',
  country: 'GB',
  name: 'United Kingdom',
  source: `${GUIDANCE}; Nationality and Borders Act 2022; Home Office NRM statistics`,
  competentAuthorityKind: 'competent-authority',
  competentAuthorities: [
    {
      id: 'sca',
      name: 'Single Competent Authority (SCA), Home Office',
      decides: 'referrals of British, EEA and other nationals not in the immigration system',
    },
    {
      id: 'ieca',
      name: 'Immigration Enforcement Competent Authority (IECA)',
      decides: 'referrals of people in immigration detention or subject to removal',
    },
  ],
  decisionStages: [
    {
      id: 'reasonable-grounds',
      label: 'Reasonable grounds decision',
      conclusive: false,
      targetDays: 5,
      targetUnit: 'working-days',
      countFrom: 'referral',
      source: `${GUIDANCE}: reasonable grounds decision within 5 working days of referral where possible`,
    },
    {
      id: 'conclusive-grounds',
      label: 'Conclusive grounds decision',
      conclusive: true,
      notBeforeDays: 30,
      countFrom: 'previous-stage-decision',
      source: `${GUIDANCE}; Nationality and Borders Act 2022 s.60: not before the end of the recovery period (30 days from the positive reasonable grounds decision)`,
    },
  ],
  recoveryPeriod: {
    days: 30,
    minimum: true,
    extendable: true,
    appliesToCitizens: true,
    startsWith: 'positive-first-stage-decision',
    source: `Nationality and Borders Act 2022 s.60; ${GUIDANCE}`,
  },
  supportAfterConclusiveDecisionDays: 45,
  consultationBeforeRefusal: {
    minimumDaysToRespond: 8,
    source: 'illustrative: no interval set by the guidance this profile cites',
  },
  dutyToNotify: {
    form: 'MS1',
    notifies: 'Home Office',
    anonymousWithoutConsent: 'adults',
    source:
      'Modern Slavery Act 2015 s.52; Home Office duty-to-notify statistics (../shared/standards/uk-nrm-statistics/nrm_duty_to_notify_longitudinal.csv, from 2015 Q4)',
  },
  review: { kind: 'reconsideration', requestedBy: ['first-responder', 'support-provider'] },
  childConsentBy: ['guardian', 'legal-representative'],
  childProtectionAgencyKind: 'csw',
  ageOfMajority: 18,
});
