import { describe, expect, it } from 'vitest';
import { CompensationPayment, compensationState } from './compensation-payment.js';

const awarded = { value: 500_000, currency: 'RSD' };
const payment = (value: number, currency = 'RSD') =>
  CompensationPayment.parse({
    case: 'case_ABCDEFGHIJKLMNOP',
    subject: 'sub_4F8K2M7Q9X1B3R5T',
    paidBy: 'rs.court.belgrade',
    paidAt: '2027-01-10T10:00:00Z',
    amount: { value, currency },
  });

describe('compensation awarded vs paid (seed L2513-2516)', () => {
  it('an award without a payment is awarded-unpaid, not paid', () => {
    expect(compensationState(awarded, [])).toBe('awarded-unpaid');
  });
  it('partly and fully paid, counting only payments in the award currency', () => {
    expect(compensationState(awarded, [payment(100_000), payment(900, 'EUR')])).toBe('partly-paid');
    expect(compensationState(awarded, [payment(200_000), payment(300_000)])).toBe('paid');
  });
  it('nothing awarded', () => {
    expect(compensationState(undefined, [payment(10)])).toBe('not-awarded');
  });
  it('refuses a payment without a currency code', () => {
    const r = CompensationPayment.safeParse({
      ...payment(1),
      amount: { value: 1, currency: 'din' },
    });
    expect(r.error?.issues[0]?.path).toEqual(['amount', 'currency']);
  });
});
