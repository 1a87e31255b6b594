import { ProceedingsNotice } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { ProceedingsNoticeV1 } from './v1.js';

const example: ProceedingsNoticeV1 = {
  case: 'case_7QK2M9X4B1R8T3W6',
  subject: 'sub_4F8K2M7Q9X1B3R5T',
  issuedBy: 'rs.javno-tuzilastvo.beograd',
  issuedAt: '2026-09-10T10:00:00+02:00',
  proceedingsRef: 'KTO 123/26',
  kind: 'plea-bargain',
  agreedAt: '2026-09-09T15:00:00+02:00',
  victimNotifiedAt: '2026-09-10T09:00:00+02:00',
};

export const PROCEEDINGS_NOTICE: MessageTypeDefinition = {
  type: 'nrm.proceedings-notice',
  summary:
    "The prosecutor or court notifies a step in criminal proceedings relevant to the victim's rights.",
  versions: { 1: ProceedingsNoticeV1 },
  upgrades: {},
  examples: { 1: example },
  domain: structuralMapping(ProceedingsNoticeV1, ProceedingsNotice, 'nrm.proceedings-notice v1'),
};
