import { z } from 'zod';
import { AgencyIdV1, InstantV1, textV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/**
 * `nrm.review-request` v1 — the person or an agency asks for review of a negative decision
 * by an independent panel; the decision is named by the envelope's `inReplyTo`. FROZEN.
 */
export const ReviewRequestV1 = z.strictObject({
  requestedBy: f(
    z.enum(['subject', 'first-responder', 'support-provider', 'referring-agency']),
    'process',
    'internal',
    'Requested by',
    'Podnosilac',
    'Who asks for the review.',
  ),
  agency: f(
    AgencyIdV1.optional(),
    'process',
    'internal',
    'Agency',
    'Organ',
    'Agency asking, or helping the person ask.',
  ),
  requestedAt: f(
    InstantV1,
    'process',
    'internal',
    'Requested at',
    'Vreme podnošenja',
    'When the review was requested.',
  ),
  grounds: f(
    textV1(4000).optional(),
    'exploitation',
    'personal',
    'Grounds',
    'Razlozi',
    'Why the decision should be reviewed.',
  ),
});
export type ReviewRequestV1 = z.infer<typeof ReviewRequestV1>;
