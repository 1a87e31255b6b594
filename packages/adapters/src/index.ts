// Public surface of @nrm/adapters.
export type * from './sdk/adapter.js';
