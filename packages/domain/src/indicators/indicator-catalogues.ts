import { CHILD_INDICATORS } from './catalogues/child.js';
import { ILO_INDICATORS } from './catalogues/ilo.js';
import { IOM_NATIONAL_INDICATORS } from './catalogues/iom-national.js';
import { LABOUR_INSPECTOR_INDICATORS } from './catalogues/labour-inspector.js';
import { UNODC_INDICATORS } from './catalogues/unodc.js';
import type { Indicator, IndicatorCatalogue, IndicatorCatalogueId } from './indicator.js';

/** The published indicator sets, as reference data (DOMAIN.md "published criteria and indicators"). */
export const INDICATOR_CATALOGUES: readonly IndicatorCatalogue[] = [
  {
    id: 'iom-national',
    title: 'National indicators for preliminary identification of victims of trafficking',
    source: 'IOM project with the CPTV, Serbia (seed report footnote 26)',
    indicators: IOM_NATIONAL_INDICATORS,
  },
  {
    id: 'ilo',
    title: 'ILO operational indicators of trafficking for labour exploitation and of forced labour',
    source: 'ILO/European Commission 2009; ILO 2012',
    indicators: ILO_INDICATORS,
  },
  {
    id: 'unodc',
    title: 'UNODC human trafficking indicators',
    source: 'UNODC',
    indicators: UNODC_INDICATORS,
  },
  {
    id: 'labour-inspector',
    title:
      'Labour inspectors pocket guide for detection and preliminary identification of victims of THB',
    source: 'Council of Europe / Labour Inspectorate of Serbia, 2018',
    indicators: LABOUR_INSPECTOR_INDICATORS,
  },
  {
    id: 'child',
    title: 'Indicators of child trafficking',
    source:
      'SOPs for the protection of refugee/migrant children, Serbia 2016; UNODC child indicators',
    indicators: CHILD_INDICATORS,
  },
];

const byId = new Map<string, Indicator>(
  INDICATOR_CATALOGUES.flatMap((c) => c.indicators.map((i) => [i.id, i] as const)),
);

/** The indicator with this id in this catalogue, or undefined when either is unknown. */
export function findIndicator(
  catalogue: IndicatorCatalogueId,
  indicatorId: string,
): Indicator | undefined {
  const found = byId.get(indicatorId);
  return found?.catalogue === catalogue ? found : undefined;
}

export function findIndicatorCatalogue(id: IndicatorCatalogueId): IndicatorCatalogue | undefined {
  return INDICATOR_CATALOGUES.find((c) => c.id === id);
}
