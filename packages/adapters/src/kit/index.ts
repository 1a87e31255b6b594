// `@nrm/adapters/kit`: the conformance kit for an agency's own tests. `conformanceSuite`
// needs vitest (the agency's test runner); `checkAdapter` runs anywhere.
export { conformanceSuite } from './vitest.js';
export { CHECK_NAMES, checkAdapter, checkApplies, type ConformanceCheck } from './conformance.js';
export { asReceived } from './received.js';
export type { Adapter, AdapterFixtures, MappingContext, CanonicalMessage } from '../sdk/adapter.js';
