import { z } from 'zod';
import { AgencyId, Instant } from '../ids.js';
import { warning, type RuleWarning } from '../result.js';
import {
  INDICATOR_ID_PATTERN,
  IndicatorCatalogueId,
  type IndicatorCatalogue,
} from './indicator.js';
import { INDICATOR_CATALOGUES, findIndicatorIn } from './indicator-catalogues.js';

/**
 * One indicator a first responder (or a later actor) observed: by its catalogue id, or in
 * the observer's own words. First responders use several sets, including the police's own
 * unpublished ones (seed report L773-797), so free text is a first-class observation.
 */
export const IndicatorObservation = z
  .object({
    catalogue: IndicatorCatalogueId,
    indicator: z
      .string()
      .max(100)
      .regex(INDICATOR_ID_PATTERN, 'an indicator id is "<catalogue>.<kebab-slug>"')
      .optional(),
    /** What was observed, in the observer's words, when no catalogue id fits. */
    text: z.string().min(1).max(1000).optional(),
    observedBy: AgencyId,
    observedAt: Instant,
    note: z.string().max(1000).optional(),
  })
  .refine((o) => o.indicator !== undefined || o.text !== undefined, {
    message: 'an observation names an indicator id or describes it in text',
    path: ['indicator'],
  });
export type IndicatorObservation = z.infer<typeof IndicatorObservation>;

/**
 * INDICATOR_UNKNOWN, as warnings: an observation outside the loaded catalogues, or in free
 * text, is kept and shown to the decision-maker, never refused. The competent authority
 * uses no set of its own (seed report L1008-1010) and the police use theirs (L794-797): a
 * referral must not bounce because its indicator is not in ours.
 */
export function checkIndicatorObservations(
  observations: readonly IndicatorObservation[],
  catalogues: readonly IndicatorCatalogue[] = INDICATOR_CATALOGUES,
  basePath: readonly (string | number)[] = [],
): readonly RuleWarning[] {
  return observations.flatMap((o, i): RuleWarning[] => {
    if (o.indicator === undefined) {
      return [
        warning(
          'INDICATOR_UNKNOWN',
          `free-text indicator in catalogue "${o.catalogue}": read it, it has no catalogue id`,
          [...basePath, i, 'text'],
        ),
      ];
    }
    if (findIndicatorIn(catalogues, o.catalogue, o.indicator) !== undefined) {
      return [];
    }
    return [
      warning(
        'INDICATOR_UNKNOWN',
        `indicator "${o.indicator}" is not in the loaded catalogue "${o.catalogue}"; it is kept as observed`,
        [...basePath, i, 'indicator'],
      ),
    ];
  });
}
