import { CHILD_INDICATORS } from './catalogues/child.js';
import { ILO_INDICATORS } from './catalogues/ilo.js';
import { IOM_NATIONAL_INDICATORS } from './catalogues/iom-national.js';
import { LABOUR_INSPECTOR_INDICATORS } from './catalogues/labour-inspector.js';
import { POLICE_INDICATORS } from './catalogues/police.js';
import { UNODC_INDICATORS } from './catalogues/unodc.js';
import { IndicatorCatalogue, type Indicator } from './indicator.js';

/**
 * The indicator sets the seed report names (L773-777, L783-787, L794-797, L1008-1010), as
 * shipped reference data. Every entry is illustrative: labels paraphrase the published sets
 * and the competent authority has adopted none of them as its own (L1008-1010). An operator
 * replaces them through `loadReferenceData`.
 */
export const INDICATOR_CATALOGUES: readonly IndicatorCatalogue[] = IndicatorCatalogue.array().parse(
  [
    {
      id: 'iom-national',
      title: 'National indicators for preliminary identification of victims of trafficking',
      source: 'IOM project with the CPTV, Serbia (seed report L784, footnote 26)',
      illustrative: true,
      indicators: IOM_NATIONAL_INDICATORS,
    },
    {
      id: 'ilo',
      title:
        'ILO operational indicators of trafficking for labour exploitation and of forced labour',
      source: 'ILO/European Commission 2009; ILO 2012',
      illustrative: true,
      indicators: ILO_INDICATORS,
    },
    {
      id: 'unodc',
      title: 'UNODC human trafficking indicators',
      source: 'UNODC',
      illustrative: true,
      indicators: UNODC_INDICATORS,
    },
    {
      id: 'labour-inspector',
      title:
        'Labour inspectors pocket guide for detection and preliminary identification of victims of THB',
      source: 'Council of Europe / Labour Inspectorate of Serbia, 2018 (seed report L786-789)',
      illustrative: true,
      indicators: LABOUR_INSPECTOR_INDICATORS,
    },
    {
      id: 'child',
      title: 'Indicators of child trafficking',
      source:
        'SOPs for the protection of refugee/migrant children, Serbia 2016; UNODC child indicators',
      illustrative: true,
      indicators: CHILD_INDICATORS,
    },
    {
      id: 'police',
      title: 'Criminal and border police indicators (Ministry of Internal Affairs)',
      source:
        'Ministry of Internal Affairs intranet, not published (seed report L794-797); load the ministry list to use ids',
      illustrative: true,
      indicators: POLICE_INDICATORS,
    },
  ],
);

const byId = new Map<string, Indicator>(
  INDICATOR_CATALOGUES.flatMap((c) => c.indicators.map((i) => [i.id, i] as const)),
);

/** The indicator with this id in this catalogue of the shipped sets, or undefined when either is unknown. */
export function findIndicator(catalogue: string, indicatorId: string): Indicator | undefined {
  const found = byId.get(indicatorId);
  return found?.catalogue === catalogue ? found : undefined;
}

export function findIndicatorCatalogue(id: string): IndicatorCatalogue | undefined {
  return INDICATOR_CATALOGUES.find((c) => c.id === id);
}

/** The indicator with this id in the given catalogues (e.g. an operator's reference data). */
export function findIndicatorIn(
  catalogues: readonly IndicatorCatalogue[],
  catalogue: string,
  indicatorId: string,
): Indicator | undefined {
  return catalogues.find((c) => c.id === catalogue)?.indicators.find((i) => i.id === indicatorId);
}
