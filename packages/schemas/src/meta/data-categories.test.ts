import { DATA_CATEGORIES } from '@nrm/domain';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../catalogue/catalogue.js';
import { REFERRAL } from '../referral/definition.js';
import type { ReferralV2 } from '../referral/v2.js';
import { ReferralV3 } from '../referral/v3.js';
import { dataCategoriesOf } from './data-categories.js';
import { fieldMetaOf, WIRE_DATA_CATEGORIES } from './field-meta.js';

const v2 = REFERRAL.examples[2] as ReferralV2;

describe('dataCategoriesOf', () => {
  it('lists the categories of the fields that carry values, in vocabulary order', () => {
    expect(dataCategoriesOf('nrm.referral', 2, v2)).toEqual({
      ok: true,
      value: [
        'identity',
        'location',
        'family',
        'exploitation',
        'migration',
        'assistance',
        'process',
      ],
    });
  });

  it('adds a special category only when such a field is present', () => {
    const withDisability = { ...v2, subject: { ...v2.subject, disability: true } };
    const result = dataCategoriesOf('nrm.referral', 2, withDisability);
    expect(result.ok && result.value.includes('health')).toBe(true);
    expect(
      dataCategoriesOf('nrm.referral', 2, v2).ok &&
        !(dataCategoriesOf('nrm.referral', 2, v2) as { value: string[] }).value.includes('health'),
    ).toBe(true);
  });

  it('counts nothing for empty lists and absent optional fields', () => {
    const minimal = { ...v2, indicators: [], immediateNeeds: [] };
    const result = dataCategoriesOf('nrm.referral', 2, minimal);
    expect(result.ok && result.value.includes('assistance')).toBe(false);
  });

  it('descends into the matching variant of a union', () => {
    const interp = { ...v2, interpreter: { needed: true, language: 'ro' } } as const;
    expect(dataCategoriesOf('nrm.referral', 2, interp).ok).toBe(true);
    const notice = CATALOGUE.get('nrm.proceedings-notice')!;
    expect(dataCategoriesOf(notice.type, 1, notice.examples[1])).toEqual({
      ok: true,
      value: ['identity', 'criminal-proceedings', 'process'],
    });
    const nonPunishment = {
      ...(notice.examples[1] as object),
      kind: 'non-punishment',
      offence: 'theft',
      outcome: 'applied',
    } as Record<string, unknown>;
    delete nonPunishment.agreedAt;
    delete nonPunishment.victimNotifiedAt;
    expect(dataCategoriesOf(notice.type, 1, nonPunishment)).toEqual({
      ok: true,
      value: ['identity', 'criminal-proceedings', 'process'],
    });
    // v2's crime report: only what the duty-to-report rule lets go without consent.
    expect(dataCategoriesOf(notice.type, 2, notice.examples[2])).toEqual({
      ok: true,
      value: ['identity', 'criminal-proceedings', 'process'],
    });
    const permit = CATALOGUE.get('nrm.residence-decision')!;
    expect(dataCategoriesOf(permit.type, 1, permit.examples[1])).toEqual({
      ok: true,
      value: ['identity', 'migration'],
    });
  });

  it('counts a v3 observation in words as exploitation data, as one given by id', () => {
    const v3 = REFERRAL.examples[3] as ReferralV3;
    expect(dataCategoriesOf('nrm.referral', 3, v3)).toEqual(
      dataCategoriesOf('nrm.referral', 2, v2),
    );
    const observation = ReferralV3.shape.indicators.element.shape;
    expect(fieldMetaOf(observation.text)).toMatchObject({
      category: 'exploitation',
      sensitivity: 'personal',
    });
    expect(fieldMetaOf(observation.text)?.category).toBe(
      fieldMetaOf(observation.indicator)?.category,
    );
  });

  it('refuses to answer for an invalid payload', () => {
    expect(dataCategoriesOf('nrm.referral', 2, { ...v2, area: '' })).toMatchObject({
      ok: false,
      error: { code: 'SCHEMA_INVALID' },
    });
  });

  it('uses exactly the domain vocabulary of data categories', () => {
    expect([...WIRE_DATA_CATEGORIES]).toEqual([...DATA_CATEGORIES]);
  });

  it('gives an answer for every example in the catalogue', () => {
    for (const d of CATALOGUE.values()) {
      for (const v of Object.keys(d.versions)) {
        expect(
          dataCategoriesOf(d.type, Number(v), d.examples[Number(v)]).ok,
          `${d.type} v${v}`,
        ).toBe(true);
      }
    }
  });
});
