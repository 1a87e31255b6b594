import { z } from 'zod';
import {
  AgencyIdV1,
  DataCategoryV1,
  InstantV1,
  PurposeV1,
  textV1,
  uniqueArrayV1,
  UuidV1,
} from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/** `nrm.info-request` v1 — the case worker asks an agency for information (procedure step 3). FROZEN. */
export const InfoRequestV1 = z.strictObject({
  requestId: f(
    UuidV1,
    'process',
    'internal',
    'Request id',
    'Identifikator zahteva',
    'Id of this request; the response names it.',
  ),
  requestedFrom: f(
    AgencyIdV1,
    'process',
    'internal',
    'Requested from',
    'Zatraženo od',
    'Agency asked for information.',
  ),
  purpose: f(
    PurposeV1,
    'process',
    'public',
    'Purpose',
    'Svrha',
    'What the information is needed for.',
  ),
  questions: f(
    z.array(textV1(1000)).min(1).max(20),
    'process',
    'personal',
    'Questions',
    'Pitanja',
    'What the requester needs to know.',
  ),
  categoriesRequested: f(
    uniqueArrayV1(DataCategoryV1, 1, 12),
    'process',
    'internal',
    'Categories requested',
    'Tražene kategorije',
    'Data categories the answer may contain (minimisation).',
  ),
  respondBy: f(
    InstantV1,
    'process',
    'internal',
    'Respond by',
    'Rok za odgovor',
    'Deadline for the response.',
  ),
});
export type InfoRequestV1 = z.infer<typeof InfoRequestV1>;
