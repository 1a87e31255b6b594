import type { AgencyKind } from '../agency/agency-kind.js';
import type { CaseFileOutcome, CaseFileStatus } from '../case/case-file.js';
import type { ExploitationForm } from '../exploitation/exploitation-form.js';
import type { Gender } from '../person/subject.js';

/**
 * Our vocabulary → the IOM HTCDS v2 XLSForm choice values (`htcds_xlsform.xml`). Kept as
 * plain tables so a test can hold every target value against the published form.
 */

/** `prs_Gender`. HTCDS v1 groups "Transgender/NonConforming"; we do not record a direction. */
export const HTCDS_GENDER: Readonly<Record<Gender, string>> = {
  female: 'Feminine',
  male: 'Masculine',
  transgender: 'NonConforming',
  'non-binary': 'NonConforming',
  unknown: 'NonSpecifiedUnknown',
};

/**
 * `vic_TypeOfExploitation`. HTCDS has no value for forced criminality: it goes to `Other`
 * with a detail text, as does our own `other`.
 */
export const HTCDS_EXPLOITATION: Readonly<
  Record<ExploitationForm, { readonly value: string; readonly otherDetail?: string }>
> = {
  sexual: { value: 'SexualExploitation' },
  labour: { value: 'ForcedLabour' },
  'forced-begging': { value: 'ForcedBegging' },
  'forced-criminality': { value: 'Other', otherDetail: 'forced criminality' },
  'forced-marriage': { value: 'ForcedMarriage' },
  'illegal-adoption': { value: 'ForcedAdoption' },
  'organ-removal': { value: 'OrganRemoval' },
  'domestic-servitude': { value: 'Servitude' },
  other: { value: 'Other', otherDetail: 'other form of exploitation' },
};

/** Added next to `ForcedLabour` when the person was a child. */
export const HTCDS_CHILD_LABOUR = 'ChildLabour';

/** `vic_TraffickingStatus`, from the outcome after any review. */
export const HTCDS_TRAFFICKING_STATUS: Readonly<Record<CaseFileOutcome | 'undecided', string>> = {
  granted: 'ActualVictimOfTrafficking',
  refused: 'NotAVictimOfTrafficking',
  // Not admitted or dismissed: status was never determined.
  'not-admitted': 'PossibleVictimOfTrafficking',
  undecided: 'PossibleVictimOfTrafficking',
};

/** `vic_TraffickingStatusDecisionMakingOrg`: CPTV is a non-police governmental body. */
export function htcdsDecisionMakingOrg(kind: AgencyKind): string {
  switch (kind) {
    case 'police':
    case 'border-police':
      return 'Police';
    case 'ngo':
      return 'NGO';
    case 'prosecutor':
    case 'court':
      return 'CourtOrProsecution';
    case 'competent-authority':
    case 'csw':
    case 'asylum-migration-authority':
    case 'labour-inspectorate':
    case 'education':
    case 'health':
    case 'ministry-foreign-affairs':
    case 'employment-agency':
    case 'national-coordinator':
      return 'NonPoliceGovernmentalOrganization';
    case 'international-organisation':
    case 'helpline':
    case 'foreign-partner':
      return 'Other';
  }
}

/** `cas_Status`. */
export const HTCDS_CASE_STATUS: Readonly<Record<CaseFileStatus, string>> = {
  active: 'Active',
  'follow-up': 'FollowUp',
  closed: 'Closed',
  'closed-referred': 'ClosedReferred',
};
