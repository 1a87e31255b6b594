import { describe, expect, it } from 'vitest';
import { checkIndicatorObservations, IndicatorObservation } from './indicator-observation.js';

const seen = (catalogue: string, indicator: string) =>
  IndicatorObservation.parse({
    catalogue,
    indicator,
    observedBy: 'rs.police.belgrade-thb',
    observedAt: '2026-03-01T10:00:00+01:00',
  });

describe('IndicatorObservation', () => {
  it('parses an observation with an optional note', () => {
    const o = IndicatorObservation.parse({
      catalogue: 'child',
      indicator: 'child.begging-on-street',
      observedBy: 'rs.police.belgrade-thb',
      observedAt: '2026-03-01T10:00:00Z',
      note: 'seen at a crossroads',
    });
    expect(o.note).toBe('seen at a crossroads');
  });

  it('rejects a malformed indicator id at parse time', () => {
    const r = IndicatorObservation.safeParse({
      catalogue: 'ilo',
      indicator: 'Deception about the job',
      observedBy: 'rs.cptv',
      observedAt: '2026-03-01T10:00:00Z',
    });
    expect(r.error?.issues.map((i) => i.path)).toEqual([['indicator']]);
  });

  it('rejects an unknown catalogue at parse time', () => {
    const r = IndicatorObservation.safeParse({
      catalogue: 'nobody',
      indicator: 'nobody.x',
      observedBy: 'rs.cptv',
      observedAt: '2026-03-01T10:00:00Z',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['catalogue']);
  });
});

describe('checkIndicatorObservations (INDICATOR_UNKNOWN)', () => {
  it('accepts known indicators from several catalogues', () => {
    expect(
      checkIndicatorObservations([
        seen('ilo', 'ilo.deception-nature-of-job'),
        seen('child', 'child.involved-in-petty-crime'),
        seen('iom-national', 'iom-national.documents-held-by-another'),
      ]),
    ).toEqual([]);
  });

  it('names each unknown indicator and its path', () => {
    const v = checkIndicatorObservations(
      [
        seen('ilo', 'ilo.deception-nature-of-job'),
        seen('ilo', 'ilo.made-up'),
        seen('unodc', 'ilo.debt-bondage'),
      ],
      ['indicators'],
    );
    expect(v.map((x) => [x.code, x.path])).toEqual([
      ['INDICATOR_UNKNOWN', ['indicators', 1, 'indicator']],
      ['INDICATOR_UNKNOWN', ['indicators', 2, 'indicator']],
    ]);
    expect(v[1]?.message).toMatch(/not in catalogue "unodc"/);
  });
});
