// Public surface of @nrm/domain. Each folder is one bounded context.
export * from './result.js';
export * from './ids.js';
export * from './time.js';
export * from './country.js';
export * from './rules/rule-codes.js';
export * from './agency/agency-kind.js';
export * from './agency/agency.js';
export * from './agency/duty-to-report.js';
export * from './person/subject.js';
export * from './person/child-status.js';
export * from './exploitation/exploitation-form.js';
export * from './data-protection/vocabulary.js';
export * from './data-protection/consent-form-notice.js';
export * from './jurisdiction/index.js';
// Referral, indicator catalogues, identification criteria, the identification procedure and its rules.
export * from './indicators/index.js';
export * from './criteria/index.js';
export * from './reference-data/index.js';
export * from './referral/index.js';
export * from './procedure/index.js';
// Information requests and responses between agencies.
export * from './information-exchange/index.js';
export * from './rules/negative-decision-requires-motivation.js';
export * from './rules/negative-decision-requires-consultation.js';
export * from './rules/review-panel-independent.js';
export * from './rules/decision-cites-criteria.js';
export * from './rules/interview-not-at-police-station.js';
export * from './rules/interview-when-ready.js';
export * from './rules/child-max-two-interviews.js';
// Assistance, child protection, residence, proceedings, return, transnational, closure, deadlines.
export * from './assistance/index.js';
export * from './child-protection/index.js';
export * from './residence/index.js';
export * from './proceedings/index.js';
export * from './return/index.js';
export * from './transnational/index.js';
export * from './case-closure/index.js';
export * from './deadlines/index.js';
export * from './rules/child-referral-includes-csw.js';
export * from './rules/age-disputed-treated-as-child.js';
export * from './rules/assistance-not-conditional-on-cooperation.js';
export * from './rules/child-return-requires-risk-assessment-and-bid.js';
export * from './rules/care-plan-due.js';
export * from './rules/recovery-period.js';
export * from './rules/return-requires-risk-assessment.js';
export * from './rules/residence-permit-requires-status.js';
// Consent records and their evaluation, the lawful-basis policy.
export * from './consent/index.js';
export * from './lawful-basis/index.js';
// Case file summaries and the public NRM statistics with small-cell suppression.
export * from './case/index.js';
export * from './statistics/index.js';
export * from './htcds/index.js';
// Subject access report (JSON, printable English/Serbian) and retention/erasure planning.
export * from './subject-access/index.js';
export * from './retention/index.js';
