import { finalOutcome, isChildAtReferral, type CaseFile } from '../case/case-file.js';
import type { DataCategory } from '../data-protection/vocabulary.js';
import {
  HTCDS_CASE_STATUS,
  HTCDS_CHILD_LABOUR,
  HTCDS_EXPLOITATION,
  HTCDS_GENDER,
  HTCDS_TRAFFICKING_STATUS,
  htcdsDecisionMakingOrg,
} from './htcds-vocabulary.js';

/** The HTCDS v2 XLSForm fields this export fills (names as in `htcds_xlsform.xml`). */
export type HtcdsField =
  | 'con_Consent'
  | 'prs_Birthdate'
  | 'prs_Gender'
  | 'prs_Citizenship'
  | 'vic_TraffickingStatus'
  | 'vic_TraffickingStatusDecisionMakingOrg'
  | 'vic_TypeOfExploitation'
  | 'vic_LocationOfExploitation'
  | 'cas_Status'
  | 'cas_ReferringOrganisation'
  | 'cas_IncomingReferralDate'
  | 'cas_ReasonForIncomingReferral'
  | 'cas_IncomingReferralDetails';

export interface HtcdsRecord {
  readonly form: 'htcds_xlsform';
  /** Values as an XForm submission holds them: multi-selects space-separated, dates `YYYY-MM-DD`. */
  readonly fields: Readonly<Partial<Record<HtcdsField, string>>>;
  /** Free text for an `Other` choice, per field (e.g. forced criminality). */
  readonly otherDetails: Readonly<Partial<Record<HtcdsField, string>>>;
  /** What the record discloses, for the consent check before it is sent anywhere. */
  readonly categories: readonly DataCategory[];
}

export interface HtcdsExportOptions {
  /** The birth date is identifying; exported only when asked for (data minimisation). */
  readonly includeBirthDate?: boolean;
}

const utcDate = (instant: string): string =>
  new Date(Date.parse(instant)).toISOString().slice(0, 10);

/**
 * Maps a case file to the IOM Human Trafficking Case Data Standard v2 (CC BY 4.0), for
 * exchange with IOM and comparable statistics. Names, contacts and narratives are not in
 * the case file, so they cannot leak; the birth date goes only on request.
 */
export function exportHtcds(file: CaseFile, options: HtcdsExportOptions = {}): HtcdsRecord {
  const fields: Partial<Record<HtcdsField, string>> = {};
  const otherDetails: Partial<Record<HtcdsField, string>> = {};
  const categories = new Set<DataCategory>(['exploitation', 'process']);

  fields.con_Consent = file.dataProcessingConsent ? 'TRUE' : 'FALSE';
  if (options.includeBirthDate === true && file.subject.age.status === 'documented') {
    fields.prs_Birthdate = file.subject.age.birthDate;
  }
  fields.prs_Gender = HTCDS_GENDER[file.subject.gender];
  const citizenship = file.subject.citizenship[0];
  if (citizenship !== undefined) {
    fields.prs_Citizenship = citizenship;
  }
  if (
    fields.prs_Birthdate !== undefined ||
    citizenship !== undefined ||
    file.subject.gender !== 'unknown'
  ) {
    categories.add('identity');
  }

  fields.vic_TraffickingStatus = HTCDS_TRAFFICKING_STATUS[finalOutcome(file) ?? 'undecided'];
  if (file.decision !== undefined) {
    fields.vic_TraffickingStatusDecisionMakingOrg = htcdsDecisionMakingOrg(
      file.decision.decidedByKind,
    );
  }

  const values: string[] = [];
  const details: string[] = [];
  for (const form of file.referral.exploitation.forms) {
    const mapped = HTCDS_EXPLOITATION[form];
    values.push(mapped.value);
    if (form === 'labour' && isChildAtReferral(file)) {
      values.push(HTCDS_CHILD_LABOUR);
    }
    if (mapped.otherDetail !== undefined) {
      details.push(
        form === 'other'
          ? (file.referral.exploitation.otherDetail ?? mapped.otherDetail)
          : mapped.otherDetail,
      );
    }
  }
  fields.vic_TypeOfExploitation = [...new Set(values)].join(' ');
  if (details.length > 0) {
    otherDetails.vic_TypeOfExploitation = details.join('; ');
  }
  if (file.referral.exploitation.countriesOfExploitation.length > 0) {
    fields.vic_LocationOfExploitation =
      file.referral.exploitation.countriesOfExploitation.join(' ');
    categories.add('location');
  }

  fields.cas_Status = HTCDS_CASE_STATUS[file.status];
  fields.cas_ReferringOrganisation = file.referral.referringAgency;
  fields.cas_IncomingReferralDate = utcDate(file.referral.referredAt);
  fields.cas_ReasonForIncomingReferral = 'Other';
  otherDetails.cas_ReasonForIncomingReferral =
    'NRM referral for formal identification and assistance';
  fields.cas_IncomingReferralDetails = `First responder channel: ${file.referral.channel}`;

  return { form: 'htcds_xlsform', fields, otherDetails, categories: [...categories] };
}
