import { z } from 'zod';
import { IdentificationCriterion } from '../criteria/identification-criterion.js';
import { IndicatorCatalogue } from '../indicators/indicator.js';

/**
 * The criteria and indicator catalogues one jurisdiction's decisions and referrals are read
 * against, as one versioned, replaceable document (docs/adr/0005). The seed report finds the
 * competent authority's criteria unpublished and its indicators borrowed (L1002-1011) and
 * recommends publishing both (L303-305): what the software checks against is therefore the
 * operator's data, never code.
 */
export const ReferenceData = z
  .object({
    /** The jurisdiction profile id it belongs to (`RS`, `GB`). */
    jurisdiction: z.string().min(1).max(20),
    /** The operator's version label (e.g. `2026-03` or `1.2.0`), recorded with decisions that cite it. */
    version: z.string().min(1).max(40),
    /** True for data the project ships as an example; a deployment loads the authority's own. */
    illustrative: z.boolean(),
    source: z.string().min(1).max(1000),
    criteria: z.array(IdentificationCriterion).min(1).max(500),
    indicatorCatalogues: z.array(IndicatorCatalogue).max(50),
  })
  .superRefine((d, ctx) => {
    const duplicate = (ids: readonly string[], path: string, what: string): void => {
      ids.forEach((id, n) => {
        if (ids.indexOf(id) !== n) {
          ctx.addIssue({
            code: 'custom',
            message: `${what} "${id}" appears twice`,
            path: [path, n, 'id'],
          });
        }
      });
    };
    duplicate(
      d.criteria.map((c) => c.id),
      'criteria',
      'criterion',
    );
    duplicate(
      d.indicatorCatalogues.map((c) => c.id),
      'indicatorCatalogues',
      'catalogue',
    );
  });
export type ReferenceData = z.infer<typeof ReferenceData>;
