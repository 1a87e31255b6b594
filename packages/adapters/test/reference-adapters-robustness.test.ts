import { beforeAll, describe, expect, it } from 'vitest';
import * as fhir from '../src/adapters/fhir/conformance.js';
import { adapter as fhirAdapter } from '../src/adapters/fhir/index.js';
import { validateFhirResource } from '../src/adapters/fhir/fhir-validation.js';
import * as hsds from '../src/adapters/hsds/conformance.js';
import { adapter as hsdsAdapter } from '../src/adapters/hsds/index.js';
import { importCtdc } from '../src/adapters/htcds/ctdc-import.js';
import type { Adapter, AdapterFixtures } from '../src/sdk/adapter.js';
import { expectSchemaValid } from './reference-adapter-checks.js';

/**
 * Bad native input is refused record by record, never thrown: every field of every fixture
 * record, at any depth, removed or replaced by a value of the wrong type. Whatever still maps
 * must be schema-valid.
 */
const REPLACEMENTS: readonly unknown[] = [undefined, null, 42, 'x', [], {}];

/** A shallow copy of an object or array with one member replaced; `undefined` removes a field. */
function withMember(value: object, key: string | number, replacement: unknown): unknown {
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    copy[Number(key)] = replacement;
    return copy;
  }
  const copy: Record<string, unknown> = { ...value };
  if (replacement === undefined) {
    delete copy[key];
  } else {
    copy[key] = replacement;
  }
  return copy;
}

function* mutations(value: unknown, depth = 0): Generator<unknown> {
  if (depth > 5 || typeof value !== 'object' || value === null) {
    return;
  }
  const members: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v: unknown, i) => [i, v])
    : Object.entries(value);
  for (const [key, child] of members) {
    for (const replacement of REPLACEMENTS) {
      yield withMember(value, key, replacement);
    }
    for (const mutated of mutations(child, depth + 1)) {
      yield withMember(value, key, mutated);
    }
  }
}

function runAll<N>(adapter: Adapter<N>, fixtures: AdapterFixtures, input: string): number {
  let mapped = 0;
  for (const parsed of adapter.inbound!.parse(input)) {
    if ('record' in parsed) {
      const result = adapter.inbound!.toCanonical(parsed.record, fixtures.context);
      if (Array.isArray(result)) {
        expectSchemaValid(result);
        mapped += result.length;
      } else {
        expect(result.code).toMatch(/^[A-Z_]+$/);
      }
    } else {
      expect(parsed.error.code).toMatch(/^[A-Z_]+$/);
    }
  }
  return mapped;
}

beforeAll(() => {
  validateFhirResource({ resourceType: 'Basic', code: { text: 'warm-up' } });
}, 120_000);

describe('reference adapters under mutated input', () => {
  it('fhir: every mutation of the hospital’s Bundle is mapped validly or refused', () => {
    const original = fhir.fixtures.inboundValid![0] as string;
    expect(runAll(fhirAdapter, fhir.fixtures, original)).toBe(3);
    const bundle = JSON.parse(original) as unknown;
    let count = 0;
    for (const mutated of mutations(bundle)) {
      runAll(fhirAdapter, fhir.fixtures, JSON.stringify(mutated));
      count++;
    }
    expect(count).toBeGreaterThan(500);
  }, 300_000);

  it('hsds: every mutation of the referral requests is mapped validly or refused', () => {
    const original = hsds.fixtures.inboundValid![0] as string;
    expect(runAll(hsdsAdapter, hsds.fixtures, original)).toBe(2);
    const requests = JSON.parse(original) as unknown;
    let count = 0;
    for (const mutated of mutations(requests)) {
      runAll(hsdsAdapter, hsds.fixtures, JSON.stringify(mutated));
      count++;
    }
    expect(count).toBeGreaterThan(100);
  });

  it('htcds: a CTDC row with any cell replaced is read or refused, never thrown', () => {
    const header =
      'yearOfRegistration,gender,ageBroad,CountryOfExploitation,isForcedLabour,citizenship';
    const row = ['2019', 'Female', '9--17', 'RS', '1', 'RS'];
    for (let cell = 0; cell < row.length; cell++) {
      for (const value of ['', '-99', '"', 'Ž', '9--', '1e3', 'RS,RS']) {
        const cells = row.map((c, i) => (i === cell ? value : c));
        const parsed = importCtdc(`${header}\n${cells.join(',')}`);
        expect(parsed.length).toBeGreaterThan(0);
      }
    }
  });
});
