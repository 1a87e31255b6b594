export * from './consent-record.js';
export * from './disclosure-decision.js';
export * from './consent-evaluation.js';
