import { z } from 'zod';
import { DataCategory } from '../data-protection/vocabulary.js';
import { Instant } from '../ids.js';
import { boundedText } from './bounded-text.js';
import { InfoRequestId } from './info-request.js';

/** The answer to one question of an {@link InfoRequest}, cited by its zero-based number. */
export const InfoAnswer = z.object({
  question: z.int().min(0).max(19),
  /** Minimal to the question (data minimisation). */
  answer: boundedText(8000),
});
export type InfoAnswer = z.infer<typeof InfoAnswer>;

/**
 * The answer to an information request. Whatever was requested but not disclosed is listed
 * in `withheldCategories`, so the requester knows the picture is partial; the answering
 * agency (`by`) travels in the envelope.
 */
export const InfoResponse = z
  .object({
    requestId: InfoRequestId,
    answeredAt: Instant,
    answers: z.array(InfoAnswer).max(20),
    withheldCategories: z.array(DataCategory).max(12),
    withholdingReason: boundedText(2000).optional(),
  })
  .refine((r) => new Set(r.answers.map((a) => a.question)).size === r.answers.length, {
    message: 'each question is answered at most once',
    path: ['answers'],
  })
  .refine((r) => new Set(r.withheldCategories).size === r.withheldCategories.length, {
    message: 'a data category is listed as withheld at most once',
    path: ['withheldCategories'],
  });
export type InfoResponse = z.infer<typeof InfoResponse>;
