import { describe, expect, it } from 'vitest';
import { loadReferenceData } from './load-reference-data.js';
import { SERBIA_REFERENCE_DATA, UNITED_KINGDOM_REFERENCE_DATA } from './shipped-reference-data.js';

const operatorData = {
  jurisdiction: 'RS',
  version: '2027-01',
  illustrative: false,
  source: 'CPTV rulebook on identification, adopted 2027',
  criteria: [
    {
      id: 'rs.cptv.exploitation-situation',
      title: 'Situation of exploitation',
      text: 'The person was in a situation of exploitation or at risk of it.',
      source: 'CPTV rulebook art. 4',
      element: false,
    },
  ],
  indicatorCatalogues: [
    {
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
    },
  ],
};

describe('loadReferenceData', () => {
  it('ships illustrative data for Serbia and the United Kingdom, both valid', () => {
    for (const d of [SERBIA_REFERENCE_DATA, UNITED_KINGDOM_REFERENCE_DATA]) {
      expect(d.illustrative).toBe(true);
      expect(loadReferenceData(JSON.parse(JSON.stringify(d)), d.jurisdiction).ok).toBe(true);
    }
    expect(SERBIA_REFERENCE_DATA.indicatorCatalogues.map((c) => c.id)).toContain('police');
  });

  it("loads an operator's own criteria and catalogues", () => {
    const r = loadReferenceData(operatorData, 'RS');
    expect(r.ok && r.value.criteria[0]?.id).toBe('rs.cptv.exploitation-situation');
  });

  it('refuses invalid data whole, with REFERENCE_DATA_INVALID and the path', () => {
    const bad = {
      ...operatorData,
      criteria: [...operatorData.criteria, { ...operatorData.criteria[0], title: '' }],
    };
    const r = loadReferenceData(bad);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.map((v) => [v.code, v.path])).toEqual([
      ['REFERENCE_DATA_INVALID', ['criteria', 1, 'title']],
      ['REFERENCE_DATA_INVALID', ['criteria', 1, 'id']],
    ]);
  });

  it('refuses data for another jurisdiction', () => {
    const r = loadReferenceData(operatorData, 'GB');
    expect(!r.ok && r.error[0]?.path).toEqual(['jurisdiction']);
  });
});
