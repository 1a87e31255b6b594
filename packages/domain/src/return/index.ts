export * from './risk-assessment.js';
export * from './return-request.js';
export * from './return-decision.js';
