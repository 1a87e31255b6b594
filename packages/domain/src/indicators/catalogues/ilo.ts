import type { Indicator, IndicatorDimension } from '../indicator.js';

const ind = (slug: string, dimension: IndicatorDimension, label: string): Indicator => ({
  id: `ilo.${slug}`,
  catalogue: 'ilo',
  label,
  dimension,
});

/**
 * ILO operational indicators of trafficking for labour exploitation (ILO/EC, 2009) and the
 * ILO indicators of forced labour (2012), merged under one catalogue.
 */
export const ILO_INDICATORS: readonly Indicator[] = [
  ind(
    'deception-nature-of-job',
    'recruitment',
    'Deceived about the nature of the job, location or employer',
  ),
  ind('deception-conditions-of-work', 'recruitment', 'Deceived about conditions of work'),
  ind('deception-wages', 'recruitment', 'Deceived about wages or earnings'),
  ind(
    'deception-legal-status',
    'recruitment',
    'Deceived about access to legal residence or migration status',
  ),
  ind('recruitment-debt', 'means', 'Recruitment linked to debt (advance or loan)'),
  ind('debt-bondage', 'means', 'Debt bondage: debt manipulated or impossible to repay'),
  ind('abuse-of-vulnerability', 'means', 'Abuse of a position of vulnerability'),
  ind('confiscation-of-identity-documents', 'control', 'Confiscation of identity documents'),
  ind('withholding-of-wages', 'means', 'Withholding of wages'),
  ind('restriction-of-movement', 'control', 'Restriction of freedom of movement'),
  ind('isolation', 'control', 'Isolation from family, community or the outside world'),
  ind('physical-violence', 'means', 'Physical or sexual violence'),
  ind(
    'threats-against-victim-or-family',
    'means',
    'Threats of violence against the worker or family',
  ),
  ind('threat-of-denunciation', 'means', 'Threat of denunciation to authorities'),
  ind('excessive-working-hours', 'exploitation', 'Excessive working days or hours'),
  ind('no-respect-labour-law', 'exploitation', 'No respect of labour laws or contract signed'),
  ind('degrading-living-conditions', 'exploitation', 'Degrading living conditions'),
  ind('hazardous-work', 'exploitation', 'Hazardous work without protection'),
  ind('surveillance', 'control', 'Under constant surveillance'),
];
