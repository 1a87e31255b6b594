import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@nrm/schemas';
import type { Adapter, AdapterFixtures } from '../sdk/adapter.js';
import { checkAdapter } from './conformance.js';

const referral = CATALOGUE.get('nrm.referral')!.examples[3] as Record<string, unknown>;

/** A careless adapter: JSON lines, throws on bad input, claims too few categories. */
const careless: Adapter<Record<string, unknown>, never> = {
  name: 'careless',
  description: 'for the kit test',
  inbound: {
    parse: (input) =>
      String(input)
        .split('\n')
        .filter((line) => line !== '')
        .map((line, index) => ({
          nativeId: String(index),
          record: JSON.parse(line) as Record<string, unknown>,
        })),
    toCanonical: (record) => [
      {
        type: 'nrm.referral',
        version: 3,
        payload: record,
        to: ['rs.cptv'],
        subject: 'sub_4F8K2M7Q9X1B3R5T',
        purpose: 'identification',
        legalBasis: 'legal-obligation',
        subjectIsChild: false,
      },
    ],
  },
  dataCategories: { 'nrm.referral': ['identity', 'health'] },
};

const fixtures: AdapterFixtures = {
  context: { agencyId: 'rs.police.belgrade-thb', directory: {} },
  inboundValid: [`${JSON.stringify(referral)}\n${JSON.stringify({ ...referral, area: '' })}\n`],
  inboundInvalid: ['{"not": "json"\n'],
};

describe('checkAdapter', () => {
  const checks = Object.fromEntries(
    checkAdapter(careless, fixtures).map((check) => [check.name, check.failures]),
  );

  it('finds schema-invalid messages', () => {
    expect(checks['every produced message is schema-valid']).toEqual([
      expect.stringContaining('record 1: nrm.referral v3 invalid at area'),
    ]);
  });

  it('finds undeclared categories and declared ones never present', () => {
    const failures = checks['declared data categories equal the categories present']!;
    expect(failures).toContainEqual(expect.stringContaining('undeclared category exploitation'));
    expect(failures).toContainEqual(
      'nrm.referral: declared but never present in the fixtures: health',
    );
  });

  it('finds a mapping that throws on bad input, by example and by property', () => {
    expect(checks['bad native input gives per-record issues, never a throw']).toContainEqual(
      expect.stringMatching(/^invalid export 0: parse threw: /),
    );
    expect(checks['arbitrary input never crashes the inbound mapping (property)']).toEqual([
      expect.stringMatching(/^throws for /),
    ]);
  });

  it('passes what holds: replay determinism', () => {
    expect(checks['replaying the same input maps to the same records and messages']).toEqual([]);
  });
});
