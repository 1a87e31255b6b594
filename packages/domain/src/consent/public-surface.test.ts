import { describe, expect, it } from 'vitest';
import * as domain from '../index.js';

// Guards the barrel: the gateway, the SDK and the admin app use these only through it.
describe('public surface: consent, lawful basis, case files, statistics, HTCDS', () => {
  it('exports the schemas', () => {
    for (const name of [
      'ConsentId',
      'ConsentRecord',
      'ConsentWithdrawal',
      'LawfulBasisPolicy',
      'LawfulBasisRule',
      'CaseFile',
    ] as const) {
      expect(typeof (domain[name] as { safeParse?: unknown }).safeParse, name).toBe('function');
    }
  });
  it('exports the functions and the default policy', () => {
    for (const name of [
      'evaluateDisclosure',
      'permittedCategories',
      'suppressSmallCells',
      'nrmStatistics',
      'referralsByChannel',
      'recognition',
      'timeToDecision',
      'refusalsPrecededByConsultation',
      'reviewOutcomes',
      'childShare',
      'carePlansOnTime',
      'exportHtcds',
    ] as const) {
      expect(typeof domain[name], name).toBe('function');
    }
    expect(domain.SERBIA_LAWFUL_BASIS_POLICY.rules.length).toBeGreaterThan(0);
    expect(domain.DENIAL_DETAILS).toContain('category-not-covered');
    expect(domain.RULES.CONSENT_MISSING).toMatch(/Data protection/);
  });
});
