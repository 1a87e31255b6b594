import { ServiceReferral } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { ServiceReferralV1 } from './v1.js';

const example: ServiceReferralV1 = {
  id: 'sr_01J9ZK3W6Q5N',
  case: 'case_7QK2M9X4B1R8T3W6',
  subject: 'sub_4F8K2M7Q9X1B3R5T',
  service: 'legal-aid-criminal',
  requester: 'rs.cptv',
  provider: 'rs.astra',
  consent: { informed: true, givenBy: 'self', givenAt: '2026-03-21T08:30:00+01:00' },
  providerChoice: { chosenBy: 'subject', alternativesOffered: 1 },
  status: 'requested',
  history: [{ status: 'requested', at: '2026-03-21T09:00:00+01:00', by: 'rs.cptv' }],
};

export const SERVICE_REFERRAL: MessageTypeDefinition = {
  type: 'nrm.service-referral',
  summary:
    'A request to a service provider to deliver one service, with the informed consent and choice of provider.',
  versions: { 1: ServiceReferralV1 },
  upgrades: {},
  examples: { 1: example },
  domain: structuralMapping(ServiceReferralV1, ServiceReferral, 'nrm.service-referral v1'),
};
