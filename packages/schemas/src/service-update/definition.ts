import { ServiceReferral, ServiceReferralHistoryEntry } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { ServiceUpdateV1 } from './v1.js';

const example: ServiceUpdateV1 = {
  serviceReferralId: 'sr_01J9ZK3W6Q5N',
  status: 'in-progress',
  at: '2026-03-23T10:00:00+01:00',
  by: 'rs.astra',
};

export const SERVICE_UPDATE: MessageTypeDefinition = {
  type: 'nrm.service-update',
  summary: 'A service provider reports a status change of a service referral.',
  versions: { 1: ServiceUpdateV1 },
  upgrades: {},
  examples: { 1: example },
  // One entry of the domain referral's history, with the id of the referral it belongs to.
  domain: structuralMapping(
    ServiceUpdateV1,
    ServiceReferralHistoryEntry.extend({ serviceReferralId: ServiceReferral.shape.id }),
    'nrm.service-update v1',
  ),
};
