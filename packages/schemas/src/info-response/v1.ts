import { z } from 'zod';
import {
  DataCategoryV1,
  InstantV1,
  textV1,
  uniqueArrayV1,
  UuidV1,
} from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

const AnswerV1 = z.strictObject({
  question: f(
    z.int().min(0).max(19),
    null,
    'public',
    'Question number',
    'Broj pitanja',
    'Zero-based index of the question answered.',
  ),
  answer: f(
    textV1(8000),
    'process',
    'personal',
    'Answer',
    'Odgovor',
    'The answer, minimal to the question.',
  ),
});

/** `nrm.info-response` v1 — the answer to an info request, with what was withheld and why. FROZEN. */
export const InfoResponseV1 = z.strictObject({
  requestId: f(
    UuidV1,
    'process',
    'internal',
    'Request id',
    'Identifikator zahteva',
    'Id of the request answered.',
  ),
  answeredAt: f(
    InstantV1,
    'process',
    'internal',
    'Answered at',
    'Vreme odgovora',
    'When the answer was given.',
  ),
  answers: f(
    z.array(AnswerV1).max(20),
    'process',
    'personal',
    'Answers',
    'Odgovori',
    'Answers by question.',
  ),
  withheldCategories: f(
    uniqueArrayV1(DataCategoryV1, 0, 12),
    'process',
    'internal',
    'Withheld categories',
    'Uskraćene kategorije',
    'Categories requested but not disclosed.',
  ),
  withholdingReason: f(
    textV1(2000).optional(),
    'process',
    'internal',
    'Reason for withholding',
    'Razlog uskraćivanja',
    'Why some information was not disclosed.',
  ),
});
export type InfoResponseV1 = z.infer<typeof InfoResponseV1>;
