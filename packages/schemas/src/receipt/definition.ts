import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { ReceiptV1 } from './v1.js';

const example: ReceiptV1 = {
  type: 'nrm.receipt',
  version: 1,
  messageId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f607182',
  envelopeDigest: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  by: 'rs.cptv',
  status: 'acknowledged',
  at: '2026-03-02T08:01:00.000Z',
};

export const RECEIPT: MessageTypeDefinition = {
  type: 'nrm.receipt',
  summary:
    'A signed receipt: the gateway accepted, or the recipient acknowledged, the exact bytes of an envelope.',
  versions: { 1: ReceiptV1 },
  upgrades: {},
  examples: { 1: example },
};
