/**
 * `@nrm/adapters/kit` as an agency's own test file uses it: imported by the package name,
 * the vitest suite for its adapter, and the check API for a report of its own.
 */
import { describe, expect, it } from 'vitest';
import {
  CHECK_NAMES,
  asReceived,
  checkAdapter,
  conformanceSuite,
  type Adapter,
  type AdapterFixtures,
} from '@nrm/adapters/kit';
import { adapter } from '../../src/adapters/police/index.js';
import { fixtures } from '../../src/adapters/police/conformance.js';

conformanceSuite(adapter, fixtures);

describe('@nrm/adapters/kit', () => {
  it('reports every check, by name, for a conforming adapter', () => {
    const checks = checkAdapter(adapter, fixtures);
    expect(checks.map((check) => check.name)).toEqual([...CHECK_NAMES]);
    expect(checks.filter((check) => check.failures.length > 0)).toEqual([]);
  });

  it('names the failing check and the record for an adapter that throws on bad input', () => {
    const careless: Adapter = {
      name: 'careless',
      description: 'throws on bad input',
      inbound: {
        parse: (input) => [{ nativeId: '1', record: JSON.parse(String(input)) as unknown }],
        toCanonical: () => [],
      },
    };
    const broken: AdapterFixtures = {
      context: { agencyId: 'rs.astra', directory: {} },
      inboundValid: ['{}'],
      inboundInvalid: ['nope'],
    };
    const failed = checkAdapter(careless, broken).filter((check) => check.failures.length > 0);
    expect(failed.map((check) => check.name)).toContain(
      'bad native input gives per-record issues, never a throw',
    );
  });

  it('gives an outbound mapping the message as the SDK hands it over', () => {
    const message = fixtures.outboundMessages![0]!;
    const received = asReceived(message, 'rs.cptv');
    expect(received.envelope).toMatchObject({ type: message.type, from: 'rs.cptv' });
  });
});
