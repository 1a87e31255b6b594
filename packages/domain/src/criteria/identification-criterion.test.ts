import { describe, expect, it } from 'vitest';
import { CriterionFinding } from './criterion-finding.js';
import {
  findCriterion,
  IDENTIFICATION_CRITERIA,
  IDENTIFICATION_CRITERION_IDS,
} from './identification-criterion.js';

describe('identification criteria', () => {
  it('publishes one entry per stable id, each with text and a legal source', () => {
    expect(IDENTIFICATION_CRITERIA.map((c) => c.id)).toEqual([...IDENTIFICATION_CRITERION_IDS]);
    for (const c of IDENTIFICATION_CRITERIA) {
      expect(c.id).toMatch(/^crit\.[a-z-]+$/);
      expect(c.text.length).toBeGreaterThan(20);
      expect(c.source.length).toBeGreaterThan(5);
    }
  });

  it('finds the three elements of the definition and nothing unknown', () => {
    expect(
      ['crit.act', 'crit.means', 'crit.purpose-exploitation'].map(
        (id) => findCriterion(id)?.element,
      ),
    ).toEqual([true, true, true]);
    expect(findCriterion('crit.police-opinion')).toBeUndefined();
  });

  it('a finding needs reasoning and at least one kind of evidence', () => {
    expect(
      CriterionFinding.safeParse({
        criterion: 'crit.act',
        finding: 'met',
        reasoning: 'recruited online',
        evidence: [],
      }).success,
    ).toBe(false);
    expect(
      CriterionFinding.parse({
        criterion: 'crit.act',
        finding: 'met',
        reasoning: 'recruited online',
        evidence: ['interview'],
      }).finding,
    ).toBe('met');
  });
});
