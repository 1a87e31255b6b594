export * from './case-closure.js';
