import { ConsultationEntry } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { ConsultationOpinionV1 } from './v1.js';

const example: ConsultationOpinionV1 = {
  status: 'consulted',
  role: 'support-provider',
  agency: 'rs.astra',
  requestedAt: '2026-04-01T09:00:00+02:00',
  opinion:
    'The account is consistent over four months of counselling; debt bondage indicators are present.',
};

export const CONSULTATION_OPINION: MessageTypeDefinition = {
  type: 'nrm.consultation-opinion',
  summary: "A consulted agency's information and expert opinion on a contemplated decision.",
  versions: { 1: ConsultationOpinionV1 },
  upgrades: {},
  notes: [
    "Serbian label 'Organ' on `agency` (often an NGO giving its opinion): an agency may be an NGO, and 'organ' names public bodies only; the next version reads 'Ustanova ili organizacija' (seed report terminology review, issue 16).",
  ],
  examples: { 1: example },
  domain: structuralMapping(
    ConsultationOpinionV1,
    ConsultationEntry,
    'nrm.consultation-opinion v1',
  ),
};
