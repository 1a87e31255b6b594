import { describe, expect, it } from 'vitest';
import { IndicatorCatalogue } from './indicator.js';
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

  it('rejects a malformed catalogue id at parse time', () => {
    const r = IndicatorObservation.safeParse({
      catalogue: 'No Body',
      indicator: 'nobody.x',
      observedBy: 'rs.cptv',
      observedAt: '2026-03-01T10:00:00Z',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['catalogue']);
  });
});

describe('checkIndicatorObservations (INDICATOR_UNKNOWN, a warning)', () => {
  it('accepts known indicators from several catalogues without a warning', () => {
    expect(
      checkIndicatorObservations([
        seen('ilo', 'ilo.deception-nature-of-job'),
        seen('child', 'child.involved-in-petty-crime'),
        seen('iom-national', 'iom-national.documents-held-by-another'),
      ]),
    ).toEqual([]);
  });

  it('accepts an unknown indicator with a warning naming its path', () => {
    const v = checkIndicatorObservations(
      [
        seen('ilo', 'ilo.deception-nature-of-job'),
        seen('ilo', 'ilo.made-up'),
        seen('unodc', 'ilo.debt-bondage'),
      ],
      undefined,
      ['indicators'],
    );
    expect(v.map((x) => [x.code, x.severity, x.path])).toEqual([
      ['INDICATOR_UNKNOWN', 'warning', ['indicators', 1, 'indicator']],
      ['INDICATOR_UNKNOWN', 'warning', ['indicators', 2, 'indicator']],
    ]);
    expect(v[1]?.message).toMatch(/not in the loaded catalogue "unodc"; it is kept/);
  });

  it("accepts the police's own indicators as free text, with a warning (L794-797)", () => {
    const o = IndicatorObservation.parse({
      catalogue: 'police',
      text: 'Passport kept by the bar owner, works without pay',
      observedBy: 'rs.police.belgrade-thb',
      observedAt: '2026-03-01T10:00:00Z',
    });
    expect(checkIndicatorObservations([o])).toEqual([
      expect.objectContaining({
        code: 'INDICATOR_UNKNOWN',
        severity: 'warning',
        path: [0, 'text'],
      }),
    ]);
  });

  it('reads an operator catalogue instead of the shipped ones', () => {
    const police = IndicatorCatalogue.parse({
      id: 'police',
      title: 'MUP indicators',
      source: 'Ministry of Internal Affairs',
      illustrative: false,
      indicators: [
        {
          id: 'police.works-without-pay',
          catalogue: 'police',
          label: 'Works without pay',
          dimension: 'exploitation',
        },
      ],
    });
    expect(
      checkIndicatorObservations([seen('police', 'police.works-without-pay')], [police]),
    ).toEqual([]);
  });

  it('needs an indicator id or a text', () => {
    const r = IndicatorObservation.safeParse({
      catalogue: 'police',
      observedBy: 'rs.cptv',
      observedAt: '2026-03-01T10:00:00Z',
    });
    expect(r.error?.issues.map((i) => i.path)).toEqual([['indicator']]);
  });
});
