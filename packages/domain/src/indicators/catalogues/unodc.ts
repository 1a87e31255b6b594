import type { Indicator, IndicatorDimension } from '../indicator.js';

const ind = (slug: string, dimension: IndicatorDimension, label: string): Indicator => ({
  id: `unodc.${slug}`,
  catalogue: 'unodc',
  label,
  dimension,
});

/** UNODC human trafficking indicators (general and sexual-exploitation indicators). */
export const UNODC_INDICATORS: readonly Indicator[] = [
  ind('believe-must-work-against-will', 'means', 'Believe that they must work against their will'),
  ind('unable-to-leave-work-environment', 'control', 'Unable to leave their work environment'),
  ind(
    'show-signs-of-being-controlled',
    'control',
    'Show signs that their movements are being controlled',
  ),
  ind('feel-cannot-leave', 'control', 'Feel that they cannot leave'),
  ind('fear-or-anxiety', 'wellbeing', 'Show fear or anxiety'),
  ind(
    'subjected-to-violence-or-threats',
    'means',
    'Subjected to violence or threats of violence against them or their family',
  ),
  ind(
    'injuries-from-assault',
    'wellbeing',
    'Suffer injuries that appear to be the result of an assault',
  ),
  ind('distrust-of-authorities', 'wellbeing', 'Distrustful of the authorities'),
  ind(
    'threatened-with-handover-to-authorities',
    'means',
    'Threatened with being handed over to the authorities',
  ),
  ind('no-access-to-earnings', 'exploitation', 'Do not have access to their earnings'),
  ind('limited-or-no-social-interaction', 'control', 'Have limited or no social interaction'),
  ind(
    'no-passport-or-identity-documents',
    'control',
    'Not in possession of their passports or other identity documents',
  ),
  ind('false-identity-documents', 'movement', 'Have false identity or travel documents'),
  ind('acting-as-if-instructed', 'control', 'Act as if they were instructed by someone else'),
  ind(
    'allowed-to-work-long-hours',
    'exploitation',
    'Forced to work under certain conditions or long hours',
  ),
  ind('debt-they-cannot-pay', 'means', 'Have a debt they are unable to pay off'),
  ind('unfamiliar-with-local-language', 'wellbeing', 'Do not know the local language'),
  ind('sexual-services-unprotected', 'exploitation', 'Forced to have unprotected or violent sex'),
  ind('moved-between-brothels', 'movement', 'Moved between brothels or work in various locations'),
  ind(
    'escorted-at-all-times',
    'control',
    'Escorted whenever they go to and return from work or other outside activities',
  ),
];
