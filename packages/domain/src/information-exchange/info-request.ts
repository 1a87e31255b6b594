import { z } from 'zod';
import { DataCategory, Purpose } from '../data-protection/vocabulary.js';
import { AgencyId, Instant } from '../ids.js';
import { boundedText } from './bounded-text.js';

/** Information requests are addressed by a UUID the requesting agency mints; the response names it. */
export const InfoRequestId = z.uuid();
export type InfoRequestId = z.infer<typeof InfoRequestId>;

/**
 * The case worker asks another agency for information about a case (identification
 * procedure step 3). The requesting agency, the case pseudonym and the time of asking travel
 * in the envelope, not here. `categoriesRequested` bounds what the answer may contain
 * (data minimisation): the answering agency withholds anything outside it.
 */
export const InfoRequest = z
  .object({
    requestId: InfoRequestId,
    /** The agency asked for information. */
    requestedFrom: AgencyId,
    purpose: Purpose,
    /** At most 20 questions, so an answer can cite each by its zero-based number. */
    questions: z.array(boundedText(1000)).min(1).max(20),
    categoriesRequested: z.array(DataCategory).min(1).max(12),
    /** The deadline for the response. */
    respondBy: Instant,
  })
  .refine((r) => new Set(r.categoriesRequested).size === r.categoriesRequested.length, {
    message: 'a data category is requested at most once',
    path: ['categoriesRequested'],
  });
export type InfoRequest = z.infer<typeof InfoRequest>;
