// Public surface of @nrm/adapters.
export type * from './sdk/adapter.js';
export * as hsds from './adapters/hsds/index.js';
export * as htcds from './adapters/htcds/index.js';
export * as fhir from './adapters/fhir/index.js';
