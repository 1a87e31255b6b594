import { z } from 'zod';

/**
 * The indicator sets in use in an NRM (DOMAIN.md "The person"; seed report p. 22-23):
 * national indicators developed with IOM, ILO, UNODC, the labour inspectors' pocket guide
 * and child-trafficking indicators. A referral names the indicators observed by their ids.
 */
export const INDICATOR_CATALOGUE_IDS = [
  'iom-national',
  'ilo',
  'unodc',
  'labour-inspector',
  'child',
] as const;
export const IndicatorCatalogueId = z.enum(INDICATOR_CATALOGUE_IDS);
export type IndicatorCatalogueId = z.infer<typeof IndicatorCatalogueId>;

/** Ids are `<catalogue>.<kebab-slug>`, stable forever: observations and statistics refer to them. */
export const INDICATOR_ID_PATTERN =
  /^(iom-national|ilo|unodc|labour-inspector|child)\.[a-z0-9]+(-[a-z0-9]+)*$/;

/** What an indicator points at, so observations can be summarised per element of the offence. */
export type IndicatorDimension =
  | 'recruitment' // the act: deceptive or abusive recruitment
  | 'movement' // the act: transport, transfer, harbouring
  | 'means' // threat, force, deception, abuse of vulnerability, debt
  | 'exploitation' // conditions of work or services, profit taken
  | 'control' // restriction of freedom, isolation, surveillance
  | 'wellbeing'; // physical and psychological signs

export interface Indicator {
  readonly id: string;
  readonly catalogue: IndicatorCatalogueId;
  readonly label: string;
  readonly dimension: IndicatorDimension;
}

export interface IndicatorCatalogue {
  readonly id: IndicatorCatalogueId;
  readonly title: string;
  /** Where the set comes from, so a decision-maker can look it up. */
  readonly source: string;
  readonly indicators: readonly Indicator[];
}
