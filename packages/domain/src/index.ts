// Public surface of @nrm/domain. Each folder is one bounded context.
export * from './result.js';
export * from './ids.js';
export * from './time.js';
export * from './country.js';
export * from './rules/rule-codes.js';
export * from './agency/agency-kind.js';
export * from './agency/agency.js';
export * from './person/subject.js';
export * from './person/child-status.js';
export * from './exploitation/exploitation-form.js';
export * from './data-protection/vocabulary.js';
export * from './jurisdiction/index.js';
// Referral, indicator catalogues, identification criteria, the identification procedure and its rules.
export * from './indicators/index.js';
export * from './criteria/index.js';
export * from './referral/index.js';
export * from './procedure/index.js';
export * from './rules/negative-decision-requires-motivation.js';
export * from './rules/negative-decision-requires-consultation.js';
export * from './rules/review-panel-independent.js';
export * from './rules/decision-cites-criteria.js';
export * from './rules/interview-not-at-police-station.js';
export * from './rules/interview-when-ready.js';
export * from './rules/child-max-two-interviews.js';
