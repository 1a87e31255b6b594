import { describe, expect, it } from 'vitest';
import {
  CASE_WORKER,
  DRAFTER,
  official,
  PANEL,
  SENIOR,
} from '../procedure/__fixtures__/identification.js';
import { reviewPanelIndependent } from './review-panel-independent.js';

const original = { draftedBy: DRAFTER, approvedBy: SENIOR, caseWorker: CASE_WORKER };

describe('REVIEW_PANEL_INDEPENDENT', () => {
  it('accepts a panel of people outside the deciding body (S2)', () => {
    expect(reviewPanelIndependent(PANEL, original, 'independent-panel')).toEqual([]);
  });

  it('refuses a panel that includes the approver or the case worker, naming the member', () => {
    const v = reviewPanelIndependent([PANEL[0]!, SENIOR, CASE_WORKER], original, 'reconsideration');
    expect(v.map((x) => [x.code, x.path])).toEqual([
      ['REVIEW_PANEL_INDEPENDENT', ['panel', 1]],
      ['REVIEW_PANEL_INDEPENDENT', ['panel', 2]],
    ]);
    expect(v[0]?.message).toMatch(/senior-markovic took part/);
  });

  it('refuses an empty panel', () => {
    expect(reviewPanelIndependent([], original, 'reconsideration')[0]?.path).toEqual(['panel']);
  });

  it('under an independent-panel profile refuses another official of the deciding body', () => {
    const colleague = official('cw-other');
    expect(reviewPanelIndependent([colleague], original, 'independent-panel')[0]?.message).toMatch(
      /the body that decided/,
    );
    // A reconsideration profile (UK) lets other officials of the same authority review.
    expect(reviewPanelIndependent([colleague], original, 'reconsideration')).toEqual([]);
  });
});
