import { dataCategoriesOf } from '@nrm/schemas';
import { describe, expect, it } from 'vitest';
import { referralWithHealth } from './__fixtures__/referral.js';
import { minimisePayload, permittedForAll } from './minimise.js';

const withHealth = referralWithHealth;

function categories(payload: unknown): string[] {
  const result = dataCategoriesOf('nrm.referral', 2, payload);
  if (!result.ok) {
    throw new Error(JSON.stringify(result.error));
  }
  return result.value;
}

describe('minimisePayload', () => {
  it('removes exactly the fields of categories not permitted, and the rest stays valid', () => {
    const all = categories(withHealth);
    expect(all).toContain('health');
    const permitted = all.filter((c) => c !== 'health') as Parameters<typeof minimisePayload>[3];
    const { payload, removed } = minimisePayload('nrm.referral', 2, withHealth, permitted);
    expect(removed).toEqual(['subject.disability']);
    expect(categories(payload)).toEqual(permitted);
    expect((payload as { subject: object }).subject).not.toHaveProperty('disability');
  });

  it('changes nothing when every category is permitted', () => {
    const all = categories(withHealth) as Parameters<typeof minimisePayload>[3];
    expect(minimisePayload('nrm.referral', 2, withHealth, all)).toEqual({
      payload: withHealth,
      removed: [],
    });
  });

  it('refuses (CONSENT_MISSING) when a required field would have to go', () => {
    expect(() => minimisePayload('nrm.referral', 2, withHealth, ['process'])).toThrow(
      expect.objectContaining({ code: 'CONSENT_MISSING' }),
    );
  });

  it('UNKNOWN_TYPE for a type the catalogue does not hold', () => {
    expect(() => minimisePayload('nrm.gossip', 1, {}, ['identity'])).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_TYPE' }),
    );
  });
});

describe('permittedForAll', () => {
  it('keeps what every recipient may receive, one ciphertext being sealed to all', () => {
    expect(
      permittedForAll({
        recipients: [
          { permitted: ['identity', 'health', 'exploitation'] },
          { permitted: ['exploitation', 'identity'] },
        ],
      }),
    ).toEqual(['identity', 'exploitation']);
    expect(permittedForAll({ recipients: [] })).toEqual([]);
  });
});
