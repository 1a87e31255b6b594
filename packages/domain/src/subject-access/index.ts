export * from './disclosure-record.js';
export * from './labels.js';
export * from './subject-access-report.js';
export * from './render.js';
export * from './record-decision.js';
export * from './rule-words.js';
export * from './reason-words.js';
export * from './transliterate.js';
