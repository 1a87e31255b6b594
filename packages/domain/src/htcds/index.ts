export * from './htcds-vocabulary.js';
export * from './htcds-export.js';
