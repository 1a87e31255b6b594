import { ReviewRequest } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { ReviewRequestV1 } from './v1.js';

const example: ReviewRequestV1 = {
  requestedBy: 'subject',
  agency: 'rs.astra',
  requestedAt: '2026-05-02T10:00:00+02:00',
  grounds:
    'The recruiter kept my passport and the debt grew every month; this was not asked in the interview.',
};

export const REVIEW_REQUEST: MessageTypeDefinition = {
  type: 'nrm.review-request',
  summary:
    'The person or an agency asks for a negative identification decision to be reviewed by an independent panel.',
  versions: { 1: ReviewRequestV1 },
  upgrades: {},
  notes: [
    "Serbian label 'Organ' on `agency`: an agency may be an NGO, and 'organ' names public bodies only; the next version reads 'Ustanova ili organizacija' (seed report terminology review, issue 16).",
    'A referral declared inadmissible may be reviewed too (seed report L309-317); v1 carries such a request unchanged.',
  ],
  examples: { 1: example },
  domain: structuralMapping(ReviewRequestV1, ReviewRequest, 'nrm.review-request v1'),
};
