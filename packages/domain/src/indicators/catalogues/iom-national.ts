import type { Indicator, IndicatorDimension } from '../indicator.js';

const ind = (slug: string, dimension: IndicatorDimension, label: string): Indicator => ({
  id: `iom-national.${slug}`,
  catalogue: 'iom-national',
  label,
  dimension,
});

/**
 * National indicators for the preliminary identification of victims of trafficking,
 * developed with IOM and the CPTV (seed report, footnote 26). Grouped by the elements of
 * the offence so that first responders can record what they saw.
 */
export const IOM_NATIONAL_INDICATORS: readonly Indicator[] = [
  ind(
    'recruited-through-job-offer-abroad',
    'recruitment',
    'Recruited through an informal job offer, often abroad',
  ),
  ind(
    'recruiter-paid-travel',
    'recruitment',
    'Travel and documents arranged or paid by the recruiter',
  ),
  ind(
    'promised-marriage-or-relationship',
    'recruitment',
    'Recruited through a promise of marriage or a romantic relationship',
  ),
  ind(
    'transported-by-third-party',
    'movement',
    'Transported or accompanied by a third party who speaks for them',
  ),
  ind('does-not-know-address', 'control', 'Does not know their home or work address'),
  ind(
    'documents-held-by-another',
    'control',
    'Identity or travel documents held by another person',
  ),
  ind('debt-to-recruiter', 'means', 'Owes a debt to the recruiter or employer'),
  ind(
    'threats-or-violence',
    'means',
    'Subjected to threats or violence, or threats against family',
  ),
  ind(
    'substance-dependency-induced',
    'means',
    'Dependency on drugs or alcohol induced or exploited',
  ),
  ind('earnings-taken', 'exploitation', 'Hands over all or most earnings'),
  ind('works-without-days-off', 'exploitation', 'Works long hours without days off'),
  ind(
    'lives-at-workplace',
    'exploitation',
    'Lives at the workplace or in housing controlled by the employer',
  ),
  ind(
    'signs-of-abuse',
    'wellbeing',
    'Shows physical signs of abuse or untreated medical conditions',
  ),
  ind('coached-story', 'control', 'Tells a story that seems rehearsed or inconsistent'),
  ind('fear-of-authorities', 'wellbeing', 'Fears the police, deportation or reprisals'),
  ind('no-access-to-health-care', 'exploitation', 'Has no access to health care'),
];
