export * from './identification-criterion.js';
export * from './criterion-finding.js';
