import { z } from 'zod';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Indicator sets are reference data the operator loads per jurisdiction
 * (`reference-data/`): the seed report names several in use side by side and none as the
 * competent authority's own (L767-797, L1008-1010), so catalogue ids are open kebab-case
 * names, not a closed list. The shipped catalogues use the ids below.
 */
export const INDICATOR_CATALOGUE_IDS = [
  'iom-national',
  'ilo',
  'unodc',
  'labour-inspector',
  'child',
  'police',
] as const;
export const IndicatorCatalogueId = z.string().max(40).regex(KEBAB, 'a kebab-case catalogue id');
export type IndicatorCatalogueId = z.infer<typeof IndicatorCatalogueId>;

/** Ids are `<catalogue>.<kebab-slug>`, stable forever: observations and statistics refer to them. */
export const INDICATOR_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$/;

/** What an indicator points at, so observations can be summarised per element of the offence. */
export const INDICATOR_DIMENSIONS = [
  'recruitment', // the act: deceptive or abusive recruitment
  'movement', // the act: transport, transfer, harbouring
  'means', // threat, force, deception, abuse of vulnerability, debt
  'exploitation', // conditions of work or services, profit taken
  'control', // restriction of freedom, isolation, surveillance
  'wellbeing', // physical and psychological signs
] as const;
export const IndicatorDimension = z.enum(INDICATOR_DIMENSIONS);
export type IndicatorDimension = z.infer<typeof IndicatorDimension>;

export const Indicator = z.object({
  id: z.string().max(100).regex(INDICATOR_ID_PATTERN, 'an indicator id is "<catalogue>.<slug>"'),
  catalogue: IndicatorCatalogueId,
  label: z.string().min(1).max(500),
  dimension: IndicatorDimension,
});
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorCatalogue = z
  .object({
    id: IndicatorCatalogueId,
    title: z.string().min(1).max(300),
    /** Where the set comes from, so a decision-maker can look it up. */
    source: z.string().min(1).max(1000),
    /**
     * True when the entries paraphrase or sample the source rather than reproduce the
     * authority's adopted text: a deployment replaces them with its own.
     */
    illustrative: z.boolean(),
    /** May be empty: a set known to exist whose text is not published (police, L794-797). */
    indicators: z.array(Indicator).max(2000),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.indicators.forEach((i, n) => {
      if (i.catalogue !== c.id || !i.id.startsWith(`${c.id}.`)) {
        ctx.addIssue({
          code: 'custom',
          message: `indicator "${i.id}" does not belong to catalogue "${c.id}"`,
          path: ['indicators', n, 'id'],
        });
      }
      if (seen.has(i.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `indicator "${i.id}" appears twice`,
          path: ['indicators', n, 'id'],
        });
      }
      seen.add(i.id);
    });
  });
export type IndicatorCatalogue = z.infer<typeof IndicatorCatalogue>;
