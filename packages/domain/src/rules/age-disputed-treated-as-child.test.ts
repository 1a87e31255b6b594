import { describe, expect, it } from 'vitest';
import { ageDisputedTreatedAsChild } from './age-disputed-treated-as-child.js';

const at = '2026-03-01T10:00:00Z';

describe('AGE_DISPUTED_TREATED_AS_CHILD', () => {
  it('scenario S6: a disputed age routed as adult is a violation', () => {
    expect(
      ageDisputedTreatedAsChild({
        age: { status: 'disputed', claimedAge: 17 },
        at,
        routedAsChild: false,
      }),
    ).toEqual([
      {
        code: 'AGE_DISPUTED_TREATED_AS_CHILD',
        message:
          "the person's age is disputed: they are treated as a child until their age is assessed",
        path: ['routedAsChild'],
      },
    ]);
  });
  it('an unknown age routed as adult is a violation', () => {
    expect(
      ageDisputedTreatedAsChild({ age: { status: 'unknown' }, at, routedAsChild: false })[0]
        ?.message,
    ).toMatch(/unknown/);
  });
  it('a disputed or unknown age on the child route is fine', () => {
    expect(
      ageDisputedTreatedAsChild({ age: { status: 'disputed' }, at, routedAsChild: true }),
    ).toEqual([]);
    expect(
      ageDisputedTreatedAsChild({ age: { status: 'unknown' }, at, routedAsChild: true }),
    ).toEqual([]);
  });
  it('once assessed as an adult, the adult route is fine', () => {
    expect(
      ageDisputedTreatedAsChild({
        age: { status: 'assessed', estimatedAge: 21, assessedOn: '2026-02-20' },
        at,
        routedAsChild: false,
      }),
    ).toEqual([]);
  });
});
