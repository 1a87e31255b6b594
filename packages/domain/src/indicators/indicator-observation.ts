import { z } from 'zod';
import { AgencyId, Instant } from '../ids.js';
import { violation, type RuleCheck, type RuleViolation } from '../result.js';
import { INDICATOR_ID_PATTERN, IndicatorCatalogueId } from './indicator.js';
import { findIndicator } from './indicator-catalogues.js';

/** One indicator a first responder (or a later actor) observed, by its stable catalogue ids. */
export const IndicatorObservation = z.object({
  catalogue: IndicatorCatalogueId,
  indicator: z
    .string()
    .max(100)
    .regex(INDICATOR_ID_PATTERN, 'an indicator id is "<catalogue>.<kebab-slug>"'),
  observedBy: AgencyId,
  observedAt: Instant,
  note: z.string().max(1000).optional(),
});
export type IndicatorObservation = z.infer<typeof IndicatorObservation>;

/**
 * INDICATOR_UNKNOWN: every observation must name an indicator that exists in the named
 * catalogue, so decisions and statistics can rely on the ids (DOMAIN.md "The person").
 */
export function checkIndicatorObservations(
  observations: readonly IndicatorObservation[],
  basePath: readonly (string | number)[] = [],
): RuleCheck {
  const found: RuleViolation[] = [];
  observations.forEach((o, i) => {
    if (findIndicator(o.catalogue, o.indicator) !== undefined) {
      return;
    }
    found.push(
      violation(
        'INDICATOR_UNKNOWN',
        `indicator "${o.indicator}" is not in catalogue "${o.catalogue}"`,
        [...basePath, i, 'indicator'],
      ),
    );
  });
  return found;
}
