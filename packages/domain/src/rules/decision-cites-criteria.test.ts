import { describe, expect, it } from 'vitest';
import { finding, grant, refusal } from '../procedure/__fixtures__/identification.js';
import { decisionCitesCriteria } from './decision-cites-criteria.js';

const adult = { subjectIsChild: false };
const child = { subjectIsChild: true };

describe('DECISION_CITES_CRITERIA', () => {
  it('accepts a grant and a refusal that cite published criteria', () => {
    expect(decisionCitesCriteria(grant(), adult)).toEqual([]);
    expect(decisionCitesCriteria(refusal(), adult)).toEqual([]);
  });

  it('refuses a decision that cites nothing', () => {
    expect(decisionCitesCriteria({ outcome: 'granted', findings: [] }, adult)).toEqual([
      {
        code: 'DECISION_CITES_CRITERIA',
        message: 'a decision must cite at least one criterion',
        path: ['findings'],
      },
    ]);
  });

  it('refuses an unknown criterion id, naming its path', () => {
    const v = decisionCitesCriteria(
      {
        outcome: 'granted',
        findings: [finding('crit.act', 'met'), finding('crit.police-opinion', 'met')],
      },
      adult,
    );
    expect(v.map((x) => x.path)).toEqual([['findings', 1, 'criterion']]);
  });

  it('refuses a refusal that names no unmet criterion', () => {
    const v = decisionCitesCriteria(
      { outcome: 'refused', findings: [finding('crit.act', 'met')] },
      adult,
    );
    expect(v[0]?.message).toMatch(/at least one criterion that is not met/);
  });

  it('S3: a refusal cannot rest solely on a dismissed criminal case', () => {
    const v = decisionCitesCriteria(
      {
        outcome: 'refused',
        findings: [finding('crit.means', 'not-met', ['criminal-case-outcome'])],
      },
      adult,
    );
    expect(v).toEqual([
      expect.objectContaining({
        code: 'DECISION_CITES_CRITERIA',
        path: ['findings', 0, 'evidence'],
      }),
    ]);
    // With other evidence as well, the finding stands.
    expect(
      decisionCitesCriteria(
        {
          outcome: 'refused',
          findings: [finding('crit.means', 'not-met', ['criminal-case-outcome', 'interview'])],
        },
        adult,
      ),
    ).toEqual([]);
  });

  it('a child cannot be refused for want of means', () => {
    const v = decisionCitesCriteria(
      { outcome: 'refused', findings: [finding('crit.means', 'not-met')] },
      child,
    );
    expect(v.map((x) => x.message)).toEqual([
      expect.stringMatching(/child cannot be refused for want of means/),
    ]);
  });

  it('never blocks a grant on an element of the crime found not met (L1019-1025)', () => {
    const findings = [
      finding('crit.act', 'met'),
      finding('crit.means', 'not-met'),
      finding('crit.purpose-exploitation', 'not-met'),
    ];
    expect(decisionCitesCriteria({ outcome: 'granted', findings }, adult)).toEqual([]);
  });

  it('checks criteria against the loaded reference data, not the shipped set', () => {
    const own = [
      {
        id: 'rs.cptv.needs-protection',
        title: 'Needs protection',
        text: 'The person needs the protection of the social protection system.',
        source: 'CPTV rulebook (operator)',
        element: false,
      },
    ];
    const decision = {
      outcome: 'granted' as const,
      findings: [finding('rs.cptv.needs-protection', 'met')],
    };
    expect(decisionCitesCriteria(decision, { ...adult, criteria: own })).toEqual([]);
    expect(decisionCitesCriteria(decision, adult).map((v) => v.path)).toEqual([
      ['findings', 0, 'criterion'],
    ]);
  });
});
