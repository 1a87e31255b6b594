import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE_IDS, INDICATOR_ID_PATTERN, IndicatorCatalogue } from './indicator.js';
import {
  findIndicator,
  findIndicatorCatalogue,
  INDICATOR_CATALOGUES,
} from './indicator-catalogues.js';

describe('indicator catalogues', () => {
  it('has one catalogue per catalogue id, each with a realistic set of indicators', () => {
    expect(INDICATOR_CATALOGUES.map((c) => c.id).sort()).toEqual(
      [...INDICATOR_CATALOGUE_IDS].sort(),
    );
    for (const c of INDICATOR_CATALOGUES.filter((x) => x.id !== 'police')) {
      expect(c.indicators.length, c.id).toBeGreaterThanOrEqual(10);
    }
  });

  it('gives every indicator a stable id prefixed by its catalogue, unique across catalogues', () => {
    const all = INDICATOR_CATALOGUES.flatMap((c) => c.indicators.map((i) => ({ c: c.id, i })));
    for (const { c, i } of all) {
      expect(i.id).toMatch(INDICATOR_ID_PATTERN);
      expect(i.id.startsWith(`${c}.`)).toBe(true);
      expect(i.catalogue).toBe(c);
    }
    expect(new Set(all.map((x) => x.i.id)).size).toBe(all.length);
  });

  it('labels every shipped catalogue illustrative; the police set is named but its text is not shipped (L794-797)', () => {
    expect(INDICATOR_CATALOGUES.every((c) => c.illustrative)).toBe(true);
    expect(findIndicatorCatalogue('police')?.indicators).toEqual([]);
  });

  it('refuses a catalogue whose indicator belongs elsewhere or repeats', () => {
    const ind = { id: 'ilo.x', catalogue: 'ilo', label: 'X', dimension: 'means' };
    const r = IndicatorCatalogue.safeParse({
      id: 'unodc',
      title: 'T',
      source: 'S',
      illustrative: true,
      indicators: [ind, ind],
    });
    expect(r.error?.issues.map((i) => i.path)).toEqual([
      ['indicators', 0, 'id'],
      ['indicators', 1, 'id'],
      ['indicators', 1, 'id'],
    ]);
  });

  it('contains the ILO indicators named in the issue', () => {
    expect(findIndicator('ilo', 'ilo.deception-nature-of-job')?.label).toMatch(/nature of the job/);
    expect(findIndicator('ilo', 'ilo.confiscation-of-identity-documents')?.dimension).toBe(
      'control',
    );
  });

  it('does not find an indicator under the wrong catalogue, or an unknown id', () => {
    expect(findIndicator('unodc', 'ilo.deception-nature-of-job')).toBeUndefined();
    expect(findIndicator('ilo', 'ilo.no-such-thing')).toBeUndefined();
    expect(findIndicatorCatalogue('child')?.indicators[0]?.catalogue).toBe('child');
  });
});
