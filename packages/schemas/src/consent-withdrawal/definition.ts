import { ConsentWithdrawal } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { ConsentWithdrawalV1 } from './v1.js';

const example: ConsentWithdrawalV1 = {
  consentId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600010',
  withdrawnAt: '2026-06-01T09:00:00+02:00',
  withdrawnBy: 'self',
  recordedBy: 'rs.cptv',
};

export const CONSENT_WITHDRAWAL: MessageTypeDefinition = {
  type: 'nrm.consent-withdrawal',
  summary: 'A consent is withdrawn; every undelivered message that relied on it is held.',
  versions: { 1: ConsentWithdrawalV1 },
  upgrades: {},
  examples: { 1: example },
  domain: structuralMapping(ConsentWithdrawalV1, ConsentWithdrawal, 'nrm.consent-withdrawal v1'),
};
