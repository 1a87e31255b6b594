import { JurisdictionProfile } from './jurisdiction-profile.js';

/**
 * United Kingdom NRM: a reasonable-grounds decision, then a conclusive-grounds decision
 * no earlier than the end of a recovery period of at least 30 days; reconsideration is
 * requested by the first responder or support provider. Proves the model is not
 * hard-wired to Serbia.
 */
export const UNITED_KINGDOM: JurisdictionProfile = JurisdictionProfile.parse({
  id: 'GB',
  country: 'GB',
  name: 'United Kingdom',
  source: 'Modern Slavery Act 2015 statutory guidance (NRM); Home Office NRM statistics',
  competentAuthorityKind: 'competent-authority',
  decisionStages: [
    {
      id: 'reasonable-grounds',
      label: 'Reasonable grounds decision',
      conclusive: false,
      targetDays: 5,
    },
    {
      id: 'conclusive-grounds',
      label: 'Conclusive grounds decision',
      conclusive: true,
      notBeforeDays: 30,
    },
  ],
  recoveryPeriod: { days: 30, minimum: true, extendable: true, appliesToCitizens: true },
  temporaryResidencePermitDays: 365,
  carePlanDueDays: 14,
  stateFundedAccommodationDays: 45,
  materialAssistanceMonthsPerYear: 12,
  childMaxInterviews: 2,
  review: { kind: 'reconsideration', requestedBy: ['first-responder', 'support-provider'] },
  childConsentBy: ['guardian', 'legal-representative'],
  childProtectionAgencyKind: 'csw',
  ageOfMajority: 18,
});
