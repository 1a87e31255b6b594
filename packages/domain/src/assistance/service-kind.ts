import { z } from 'zod';

/**
 * The services an NRM coordinates (DOMAIN.md "Rights, periods and deadlines": services).
 * Medical care and legal aid are split by kind because different providers and funding
 * rules apply to each.
 */
export const SERVICE_KINDS = [
  'accommodation',
  'material-assistance',
  'medical-emergency',
  'medical-ordinary',
  'medical-specialised',
  'psychosocial',
  'legal-aid-criminal',
  'legal-aid-civil',
  'legal-aid-administrative',
  'interpretation',
  'education',
  'vocational-training',
  'employment',
  'return-assistance',
  'family-tracing',
] as const;

export const ServiceKind = z.enum(SERVICE_KINDS);
export type ServiceKind = z.infer<typeof ServiceKind>;
