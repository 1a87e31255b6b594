import { z } from 'zod';
import { AgencyId, CasePseudonym, Instant, SubjectPseudonym } from '../ids.js';

const Money = z.object({
  value: z.number().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
});

/**
 * A payment actually received by the victim on a compensation award. Kept apart from the
 * award: in 2011-2018 two victims were awarded compensation and only one was paid, and
 * "awarded compensation is rarely paid" (seed L2513-2516), so an award says nothing about
 * money received.
 */
export const CompensationPayment = z.object({
  case: CasePseudonym,
  subject: SubjectPseudonym,
  /** Who paid: the offender through the court, a state fund, an enforcement officer. */
  paidBy: AgencyId,
  paidAt: Instant,
  amount: Money,
});
export type CompensationPayment = z.infer<typeof CompensationPayment>;

export type CompensationState = 'not-awarded' | 'awarded-unpaid' | 'partly-paid' | 'paid';

/**
 * Where a victim's compensation stands: from the awarded amount (undefined when nothing was
 * awarded) and the payments received in the same currency.
 */
export function compensationState(
  awarded: z.infer<typeof Money> | undefined,
  payments: readonly Pick<CompensationPayment, 'amount'>[],
): CompensationState {
  if (awarded === undefined) {
    return 'not-awarded';
  }
  const paid = payments
    .filter((p) => p.amount.currency === awarded.currency)
    .reduce((sum, p) => sum + p.amount.value, 0);
  if (paid <= 0) {
    return 'awarded-unpaid';
  }
  return paid >= awarded.value ? 'paid' : 'partly-paid';
}
