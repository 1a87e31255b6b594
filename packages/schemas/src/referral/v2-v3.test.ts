import { checkReferral, Referral } from '@nrm/domain';
import { describe, expect, it } from 'vitest';
import { createValidator } from '../../test/json-schema-validator.js';
import { toWireJsonSchema } from '../json-schema-gen/to-json-schema.js';
import { parseMessage } from '../parse/parse-message.js';
import { REFERRAL } from './definition.js';
import { upgradeReferralV2ToV3 } from './migrate.js';
import { referralFromDomain, referralToDomain } from './to-domain.js';
import { ReferralV2 } from './v2.js';
import { ReferralV3 } from './v3.js';

const v2 = ReferralV2.parse(REFERRAL.examples[2]);
const v3 = ReferralV3.parse(REFERRAL.examples[3]);
const ajv = createValidator();
const jsonV2 = ajv.compile(toWireJsonSchema('nrm.referral', 2, ReferralV2));
const jsonV3 = ajv.compile(toWireJsonSchema('nrm.referral', 3, ReferralV3));

const seen = { observedBy: 'rs.police.belgrade-thb', observedAt: '2026-03-01T18:00:00+01:00' };
/** An observation in the officer's words, under the police's own (unpublished) set. */
const freeText = {
  catalogue: 'police',
  text: 'Sleeps in the van of the adults who collect.',
  ...seen,
};
/** An id of a catalogue this project does not ship: the operator's reference data has it. */
const unknownCatalogue = {
  catalogue: 'rs-moi-2019',
  indicator: 'rs-moi-2019.no-documents',
  ...seen,
};
const withIndicators = (indicators: readonly object[]) => ({ ...v2, indicators });

describe('nrm.referral v2 → v3', () => {
  it('upgrades every v2 referral to the same payload, valid under v3', () => {
    expect(upgradeReferralV2ToV3(v2)).toEqual(v2);
    expect(ReferralV3.safeParse(upgradeReferralV2ToV3(v2)).error?.issues ?? []).toEqual([]);
    const upgradedV1 = REFERRAL.upgrades[1] as (p: unknown) => ReferralV2;
    const fromV1 = upgradeReferralV2ToV3(upgradedV1(REFERRAL.examples[1]));
    expect(fromV1.indicatorNotes).toBe(
      (REFERRAL.examples[1] as { indicatorsText: string }).indicatorsText,
    );
    expect(ReferralV3.safeParse(fromV1).success).toBe(true);
  });

  it('carries a v2 indicator id too long for v3 (over 100 characters) word for word as text', () => {
    const long = `child.${'a'.repeat(100)}`;
    const observation = { ...v2.indicators[1]!, indicator: long };
    const payload = ReferralV2.parse(withIndicators([v2.indicators[0]!, observation]));
    expect(ReferralV3.safeParse(payload).success).toBe(false);
    const { indicator: _i, ...rest } = observation;
    const upgraded = upgradeReferralV2ToV3(payload);
    expect(upgraded.indicators).toEqual([v2.indicators[0], { ...rest, text: long }]);
    expect(ReferralV3.safeParse(upgraded).error?.issues ?? []).toEqual([]);
    const domain = referralToDomain(upgraded);
    expect(domain.ok && checkReferral(domain.value)).toEqual([
      expect.objectContaining({ code: 'INDICATOR_UNKNOWN', path: ['indicators', 1, 'text'] }),
    ]);
  });

  it('v3 accepts a free-text observation and an unknown catalogue id; zod and JSON Schema agree', () => {
    for (const observation of [
      freeText,
      unknownCatalogue,
      { ...freeText, indicator: 'police.x' },
    ]) {
      const payload = withIndicators([observation]);
      expect(ReferralV3.safeParse(payload).error?.issues ?? []).toEqual([]);
      expect(jsonV3(payload), JSON.stringify(jsonV3.errors)).toBe(true);
      expect(parseMessage('nrm.referral', 3, JSON.stringify(payload)).ok).toBe(true);
    }
  });

  it('v2 still refuses them, in zod and in its JSON Schema', () => {
    for (const observation of [freeText, unknownCatalogue]) {
      const payload = withIndicators([observation]);
      const result = parseMessage('nrm.referral', 2, payload);
      expect(result.ok ? 'accepted' : result.error.code).toBe('SCHEMA_INVALID');
      const paths = result.ok ? [] : result.error.issues.map((i) => i.path.slice(0, 2));
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.every((p) => p[0] === 'indicators' && p[1] === 0)).toBe(true);
      expect(jsonV2(payload)).toBe(false);
    }
  });

  it('v3 refuses an observation with neither an indicator id nor text (SCHEMA_INVALID at indicator)', () => {
    const { text: _t, ...bare } = freeText;
    const payload = withIndicators([v2.indicators[0]!, bare]);
    expect(parseMessage('nrm.referral', 3, payload)).toMatchObject({
      ok: false,
      error: {
        code: 'SCHEMA_INVALID',
        issues: [{ path: ['indicators', 1, 'indicator'], message: expect.stringMatching(/text/) }],
      },
    });
    expect(jsonV3(payload)).toBe(false);
  });

  it('v3 keeps catalogue ids and texts bounded', () => {
    const bad = [
      { ...freeText, catalogue: 'Police' },
      { ...freeText, catalogue: 'p'.repeat(41) },
      { ...freeText, text: '' },
      { ...freeText, text: '😀'.repeat(1001) },
      { ...unknownCatalogue, indicator: 'no-catalogue-prefix' },
      { ...unknownCatalogue, indicator: `a.${'b'.repeat(99)}` },
    ];
    for (const observation of bad) {
      const payload = withIndicators([observation]);
      expect(ReferralV3.safeParse(payload).success, JSON.stringify(observation)).toBe(false);
      expect(jsonV3(payload), JSON.stringify(observation)).toBe(false);
    }
    // Bounds are counted in code points, as JSON Schema counts them.
    const longest = withIndicators([{ ...freeText, text: '😀'.repeat(1000) }]);
    expect([ReferralV3.safeParse(longest).success, jsonV3(longest)]).toEqual([true, true]);
  });
});

describe('nrm.referral v3 ⇄ domain Referral: observations outside the catalogues', () => {
  it('writes a domain referral with a free-text and an unknown-catalogue observation, and reads it back', () => {
    const domain = Referral.parse({ ...v3, indicators: [freeText, unknownCatalogue] });
    const wire = referralFromDomain(domain);
    expect(wire).toEqual({ ok: true, value: { ...v3, indicators: [freeText, unknownCatalogue] } });
    expect(wire.ok && referralToDomain(wire.value)).toEqual({ ok: true, value: domain });
  });

  it('the domain keeps them and warns (INDICATOR_UNKNOWN), it does not refuse them', () => {
    const read = referralToDomain(v3);
    expect(read.ok).toBe(true);
    if (!read.ok) {
      return;
    }
    expect(checkReferral(read.value)).toEqual([
      expect.objectContaining({ code: 'INDICATOR_UNKNOWN', path: ['indicators', 2, 'text'] }),
      expect.objectContaining({ code: 'INDICATOR_UNKNOWN', path: ['indicators', 3, 'indicator'] }),
    ]);
  });
});
