import type { ServiceKind } from '@nrm/domain';

/** Display texts of the service-kind codes, for the hospital staff reading the order. */
export const SERVICE_KIND_DISPLAY: Readonly<Record<ServiceKind, string>> = {
  accommodation: 'Accommodation',
  'material-assistance': 'Material assistance',
  'medical-emergency': 'Emergency medical care',
  'medical-ordinary': 'Ordinary medical care',
  'medical-specialised': 'Specialised medical care',
  psychosocial: 'Psychosocial support',
  'legal-aid-criminal': 'Legal aid in criminal proceedings',
  'legal-aid-civil': 'Legal aid in civil matters',
  'legal-aid-administrative': 'Legal aid in administrative matters',
  interpretation: 'Interpretation',
  education: 'Education',
  'vocational-training': 'Vocational training',
  employment: 'Employment support',
  'return-assistance': 'Return assistance',
  'family-tracing': 'Family tracing',
};
