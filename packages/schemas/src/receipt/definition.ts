import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { upgradeReceiptV1ToV2 } from './migrate.js';
import { ReceiptV1 } from './v1.js';
import { ReceiptV2 } from './v2.js';

const example: ReceiptV1 = {
  type: 'nrm.receipt',
  version: 1,
  messageId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f607182',
  envelopeDigest: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  by: 'rs.cptv',
  status: 'acknowledged',
  at: '2026-03-02T08:01:00.000Z',
};

const v2Example: ReceiptV2 = {
  type: 'nrm.receipt',
  version: 2,
  messageId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f607182',
  envelopeDigest: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  by: 'gateway',
  status: 'rejected',
  recipient: 'rs.cptv',
  rejection: { code: 'DIGEST_MISMATCH', reason: 'The payload digest does not match the payload.' },
  at: '2026-03-02T08:01:00.000Z',
  log: {
    checkpoint:
      'nrm-gateway.example/log\n7\nmj4BfMEbKDSKl4mZ3q9g9dydwSwSLGEAtDL/fXHhWSg=\n\n\u2014 nrm-gateway.example/log 7KqUnDnqRIjn6OvUN8S9iomAchGmHMmk/R0UWI4VHTfAtaVEcAYiRgrYP7TP4YIUrBoOmWVQjoT5LnEC6SCjBOqRmw0=\n',
    entries: [
      {
        index: 6,
        leaf: '{"at":"2026-03-02T08:01:00.000Z","kind":"delivery-rejected","messageId":"0190f5a2-7c3e-7a10-9b2c-3d4e5f607182","reason":"DIGEST_MISMATCH","seq":6,"subject":"sub_4F8K2M7Q9X1B3R5T","to":"rs.cptv"}',
        proof: [
          '1b5f3cb6a3f7c1b5c1e0a7d6b1d4bf5e8a0d9c9f1a2b3c4d5e6f708192a3b4c5',
          '9e4b1c2d3f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e',
        ],
      },
    ],
  },
};

export const RECEIPT: MessageTypeDefinition = {
  type: 'nrm.receipt',
  summary:
    'A signed receipt: the gateway accepted, or the recipient acknowledged or rejected, the exact bytes of an envelope; v2 adds rejections and the transparency log proof.',
  versions: { 1: ReceiptV1, 2: ReceiptV2 },
  upgrades: { 1: upgradeReceiptV1ToV2 },
  examples: { 1: example, 2: v2Example },
};
