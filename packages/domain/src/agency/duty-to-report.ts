import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { STATE_AGENCY_KINDS, type AgencyKind } from './agency-kind.js';

/**
 * Public bodies for the duty to report: state authorities plus public schools, health
 * services and the employment service. NGOs, international organisations, helplines and
 * foreign partners are not public bodies.
 */
export const PUBLIC_BODY_KINDS: readonly AgencyKind[] = [
  ...STATE_AGENCY_KINDS,
  'education',
  'health',
  'employment-agency',
];

/**
 * Whom an agency of this kind must inform of a potential trafficking case, under the
 * profile's duty to report (Serbia: "the Centre as any other public body is under the
 * obligation to inform the police and the prosecutor", seed L1291-1293). Empty when the
 * duty does not apply. The report also asks how confidentiality and assistance without
 * conditions are kept (L1293-1296): reporting never conditions assistance
 * (ASSISTANCE_NOT_CONDITIONAL_ON_COOPERATION).
 */
export function dutyToReportTo(
  kind: AgencyKind,
  profile: Pick<JurisdictionProfile, 'dutyToReport'>,
): readonly AgencyKind[] {
  const duty = profile.dutyToReport;
  if (duty === undefined || duty.to.includes(kind)) {
    return [];
  }
  return duty.who === 'every-public-body' && PUBLIC_BODY_KINDS.includes(kind) ? duty.to : [];
}
