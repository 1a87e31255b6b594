import { describe, expect, it } from 'vitest';
import type { Adapter, AdapterFixtures } from '../sdk/adapter.js';
import { CHECK_NAMES, checkAdapter, type ConformanceCheck } from './conformance.js';

/**
 * The conformance kit as a vitest suite: one test per check, failing with the check's
 * findings. Call it from an adapter's own test file: `conformanceSuite(adapter, fixtures)`.
 */
export function conformanceSuite(adapter: Adapter, fixtures: AdapterFixtures): void {
  describe(`conformance: ${adapter.name}`, () => {
    let checks: ConformanceCheck[] | undefined;
    const results = () => (checks ??= checkAdapter(adapter, fixtures));
    for (const name of CHECK_NAMES) {
      it(name, () => {
        const found = results().find((entry) => entry.name === name);
        expect(found?.failures ?? ['check missing']).toEqual([]);
      });
    }
  });
}
