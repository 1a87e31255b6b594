export * from './case-file.js';
