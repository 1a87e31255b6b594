export * from './disclosure-record.js';
export * from './labels.js';
export * from './subject-access-report.js';
export * from './render.js';
export * from './record-decision.js';
