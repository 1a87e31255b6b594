/**
 * The HTCDS version written: v2.0 (IOM, 24 December 2021), as the XLSForm
 * `htcds_xlsform.xml` of UNMigration/HTCDS (commit 3c2f653) defines it.
 */
export const HTCDS_VERSION = '2.0';
export const HTCDS_FORM_ID = 'htcds_xlsform';

/**
 * Every data field of the v2 XLSForm, in the form's order: the CSV header IOM's toolkit
 * (KoBo/ODK, which import submissions by field name) reads. Fields we never fill stay in
 * the header, empty, so the file matches the form column for column.
 */
export const HTCDS_V2_COLUMNS = [
  'con_Consent',
  'prs_Salutation',
  'prs_First_Name',
  'prs_Second_Name',
  'prs_Birthdate',
  'prs_Gender',
  'prs_Citizenship',
  'prs_Title',
  'prs_Email',
  'prs_HomePhone',
  'prs_MobilePhone',
  'prs_MailingCity',
  'prs_MailingCountry',
  'prs_MailingState',
  'prs_MailingStreet',
  'prs_MailingPostalCode',
  'vic_MethodOfRecruitment',
  'vic_LocationOfRecruitment',
  'vic_TraffickingStatus',
  'vic_TraffickingStatusDecisionMakingOrg',
  'vic_Methods_of_Control',
  'vic_TypeOfExploitation',
  'vic_ForcedLabourIndustry',
  'vic_TypeOfSexExploitation',
  'vic_LocationOfExploitation',
  'cas_Status',
  'cas_ReferringOrganisation',
  'cas_IncomingReferralDate',
  'cas_ReferringPrimaryCaseWorker',
  'cas_ReasonForIncomingReferral',
  'cas_IncomingReferralDetails',
] as const;
export type HtcdsColumn = (typeof HTCDS_V2_COLUMNS)[number];

/** The submission id column: one row per case, so a re-import updates instead of duplicating. */
export const HTCDS_INSTANCE_ID = 'meta/instanceID';
