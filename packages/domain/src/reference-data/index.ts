export * from './reference-data.js';
export * from './load-reference-data.js';
export * from './shipped-reference-data.js';
