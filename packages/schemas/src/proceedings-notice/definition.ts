import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { ProceedingsNoticeV1 } from './v1.js';

const example: ProceedingsNoticeV1 = {
  proceedingsRef: 'KTO 123/26',
  issuedBy: 'rs.javno-tuzilastvo.beograd',
  event: 'plea-bargain',
  eventAt: '2026-09-15T10:00:00+02:00',
  victimStatus: 'particularly-vulnerable-witness',
  summary: 'The defendant offered a plea agreement; the victim may state a compensation claim before the hearing.',
};

export const PROCEEDINGS_NOTICE: MessageTypeDefinition = {
  type: 'nrm.proceedings-notice',
  summary: "The prosecutor or court notifies a step in criminal proceedings relevant to the victim's rights.",
  versions: { 1: ProceedingsNoticeV1 },
  upgrades: {},
  examples: { 1: example },
};
