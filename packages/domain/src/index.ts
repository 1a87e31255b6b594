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
