import { describe, expect, it } from 'vitest';
import { REFERRAL } from './definition.js';
import { ReferralV1 } from './v1.js';
import { ReferralV2 } from './v2.js';

describe('nrm.referral versions', () => {
  it('v1 takes free-text indicators; v2 requires catalogue ids', () => {
    expect(ReferralV1.safeParse(REFERRAL.examples[1]).success).toBe(true);
    const v2 = REFERRAL.examples[2] as ReferralV2;
    const bad = {
      ...v2,
      indicators: [{ ...v2.indicators[0]!, indicator: 'begging on the street' }],
    };
    expect(ReferralV2.safeParse(bad).error?.issues[0]?.path).toEqual([
      'indicators',
      0,
      'indicator',
    ]);
  });

  it('v2 rejects an interpreter need without a language and a v1-shaped payload', () => {
    const v2 = REFERRAL.examples[2] as ReferralV2;
    expect(ReferralV2.safeParse({ ...v2, interpreter: { needed: true } }).success).toBe(false);
    expect(ReferralV2.safeParse(REFERRAL.examples[1]).success).toBe(false);
  });
});
