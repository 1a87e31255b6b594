import { JurisdictionProfile } from './jurisdiction-profile.js';

/**
 * Serbia, from the 2020 assessment (seed report, `../shared/seed/serbia-nrm-assessment-2020.txt`;
 * line numbers cited per value) and DOMAIN.md.
 */
export const SERBIA: JurisdictionProfile = JurisdictionProfile.parse({
  id: 'RS',
  country: 'RS',
  name: 'Serbia',
  source:
    'Assessment of the Serbian NRM (2020); Rulebook on social protection; SOPs for trafficking victims',
  competentAuthorityKind: 'competent-authority',
  competentAuthorities: [
    {
      id: 'cptv',
      name: 'Centre for Protection of Victims of Trafficking (CPTV)',
      decides: 'every identification, adults and children (seed L769-771, L1938-1940)',
    },
  ],
  decisionStages: [
    { id: 'identification', label: 'Identification decision (CPTV)', conclusive: true },
  ],
  recoveryPeriod: {
    days: 90,
    minimum: false,
    extendable: true,
    appliesToCitizens: true,
    startsWith: 'grant',
    source:
      'Law on Foreigners; seed L1280-1284 (90 days, extendable), L1290-1291 (SOPs: citizens too)',
  },
  // One-year permit for those recognised as victims (seed L1300-1306).
  temporaryResidencePermitDays: 365,
  // Care plan within two weeks of the immediate-assistance plan (seed L1432-1434).
  carePlanDueDays: 14,
  // Six months of state-funded accommodation, Rulebook on minimum standards (seed L1478-1479).
  stateFundedAccommodationDays: 183,
  materialAssistance: {
    monthsPerYear: 10,
    citizensOnly: true,
    capableOfWorkingOnly: true,
    source:
      'Law on Social Welfare: up to ten months a calendar year for citizens capable of working (seed L1528-1531)',
  },
  childProceedingsMaxInterviews: 2,
  consultationBeforeRefusal: {
    minimumDaysToRespond: 8,
    source:
      'illustrative: the report asks for a discussion of the case before a refusal (seed L348-353) and sets no interval',
  },
  dutyToReport: {
    who: 'every-public-body',
    to: ['police', 'prosecutor'],
    source:
      'seed L1291-1293: the Centre "as any other public body" must inform the police and the prosecutor of a potential case',
  },
  review: { kind: 'independent-panel', requestedBy: ['subject', 'referring-agency'] },
  childConsentBy: ['guardian', 'legal-representative'],
  childProtectionAgencyKind: 'csw',
  ageOfMajority: 18,
});
