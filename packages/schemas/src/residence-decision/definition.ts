import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { ResidenceDecisionV1 } from './v1.js';

const example: ResidenceDecisionV1 = {
  decisionId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600030',
  authority: 'rs.mup.foreigners',
  kind: 'temporary-residence-permit',
  granted: true,
  grounds: ['protection-recovery-safety'],
  validFrom: '2026-05-01',
  validUntil: '2027-04-30',
  labourMarketAccess: true,
  decidedAt: '2026-04-28T10:00:00+02:00',
};

export const RESIDENCE_DECISION: MessageTypeDefinition = {
  type: 'nrm.residence-decision',
  summary: 'A decision on the recovery and reflection period or a temporary residence permit for a foreign victim.',
  versions: { 1: ResidenceDecisionV1 },
  upgrades: {},
  examples: { 1: example },
};
