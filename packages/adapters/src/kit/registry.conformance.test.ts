import { ADAPTERS } from '../adapters/index.js';
import { conformanceSuite } from './vitest.js';

// The kit, run for every adapter in the registry.
for (const { adapter, fixtures } of ADAPTERS) {
  conformanceSuite(adapter, fixtures);
}
