import { JurisdictionProfile } from './jurisdiction-profile.js';

/** Serbia, from DOMAIN.md and the 2020 assessment (seed report). */
export const SERBIA: JurisdictionProfile = JurisdictionProfile.parse({
  id: 'RS',
  country: 'RS',
  name: 'Serbia',
  source:
    'Assessment of the Serbian NRM (2020); Rulebook on social protection; SOPs for trafficking victims',
  competentAuthorityKind: 'competent-authority',
  decisionStages: [
    { id: 'identification', label: 'Identification decision (CPTV)', conclusive: true },
  ],
  recoveryPeriod: { days: 90, minimum: false, extendable: true, appliesToCitizens: true },
  temporaryResidencePermitDays: 365,
  carePlanDueDays: 14,
  stateFundedAccommodationDays: 183,
  materialAssistanceMonthsPerYear: 10,
  childMaxInterviews: 2,
  review: { kind: 'independent-panel', requestedBy: ['subject', 'referring-agency'] },
  childConsentBy: ['guardian', 'legal-representative'],
  childProtectionAgencyKind: 'csw',
  ageOfMajority: 18,
});
