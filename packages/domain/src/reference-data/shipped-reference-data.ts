import { IDENTIFICATION_CRITERIA } from '../criteria/identification-criterion.js';
import { INDICATOR_CATALOGUES } from '../indicators/indicator-catalogues.js';
import { ReferenceData } from './reference-data.js';

/**
 * Serbia, as shipped: the project's own criteria and paraphrased indicator sets, all
 * labelled illustrative. The CPTV's criteria are not published (seed report L1002-1011);
 * a deployment loads the authority's adopted text with `loadReferenceData`.
 */
export const SERBIA_REFERENCE_DATA: ReferenceData = ReferenceData.parse({
  jurisdiction: 'RS',
  version: 'illustrative-1',
  illustrative: true,
  source:
    'Project reading of the Palermo Protocol art. 3 and CoE Convention art. 4 and 10; indicator sets named in the seed report L773-797',
  criteria: IDENTIFICATION_CRITERIA,
  indicatorCatalogues: INDICATOR_CATALOGUES,
});

/**
 * United Kingdom, as shipped: the same international criteria and the international
 * indicator sets (ILO, UNODC, child), illustrative. The Home Office statutory guidance's own
 * indicators are for the operator to load.
 */
export const UNITED_KINGDOM_REFERENCE_DATA: ReferenceData = ReferenceData.parse({
  jurisdiction: 'GB',
  version: 'illustrative-1',
  illustrative: true,
  source:
    'Project reading of the Palermo Protocol art. 3 and CoE Convention art. 4 and 10; ILO, UNODC and child indicator sets',
  criteria: IDENTIFICATION_CRITERIA,
  indicatorCatalogues: INDICATOR_CATALOGUES.filter((c) => ['ilo', 'unodc', 'child'].includes(c.id)),
});
