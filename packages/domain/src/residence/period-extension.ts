import { z } from 'zod';
import { AgencyId, Instant } from '../ids.js';

/** An extension of a recovery period or residence permit "under the same circumstances". */
export const PeriodExtension = z.object({
  days: z.number().int().positive().max(366),
  grantedBy: AgencyId,
  grantedAt: Instant,
  reason: z.string().min(1).max(2000),
});
export type PeriodExtension = z.infer<typeof PeriodExtension>;

/** Total days added by extensions. */
export function extensionDays(extensions: readonly Pick<PeriodExtension, 'days'>[]): number {
  return extensions.reduce((sum, e) => sum + e.days, 0);
}
