import { ProceedingsNotice } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { upgradeProceedingsNoticeV1ToV2 } from './migrate.js';
import { ProceedingsNoticeV1 } from './v1.js';
import { ProceedingsNoticeV2 } from './v2.js';

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

/** S5: CPTV reports to the police the crime it learned of, with only what the report needs. */
const v2Example: ProceedingsNoticeV2 = {
  case: 'case_7QK2M9X4B1R8T3W6',
  subject: 'sub_4F8K2M7Q9X1B3R5T',
  issuedBy: 'rs.cptv',
  issuedAt: '2026-09-20T11:00:00+02:00',
  kind: 'crime-report',
  offence: 'Trafficking in human beings: made to transport drugs for the exploiters.',
  learnedAt: '2026-09-19T16:30:00+02:00',
  reportedTo: 'rs.police.belgrade-thb',
  subjectInformedAt: '2026-09-20T10:00:00+02:00',
};

export const PROCEEDINGS_NOTICE: MessageTypeDefinition = {
  type: 'nrm.proceedings-notice',
  summary:
    "The prosecutor or court notifies a step in criminal proceedings relevant to the victim's rights; from v2 an agency also reports a crime under its duty to report.",
  versions: { 1: ProceedingsNoticeV1, 2: ProceedingsNoticeV2 },
  upgrades: { 1: upgradeProceedingsNoticeV1ToV2 },
  examples: { 1: example, 2: v2Example },
  domain: structuralMapping(ProceedingsNoticeV2, ProceedingsNotice, 'nrm.proceedings-notice v2'),
};
