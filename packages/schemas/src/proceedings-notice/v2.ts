import { z } from 'zod';
import {
  AgencyIdV1,
  CasePseudonymV1,
  InstantV1,
  SubjectPseudonymV1,
  textV1,
} from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';
import { ProceedingsNoticeV1 } from './v1.js';

/**
 * A crime reported to the police or the prosecutor by an agency under its legal duty to
 * report (seed report, lines 402–403: reconcile confidentiality with the duty to report
 * crimes to the police and prosecutor). Only what a report consists of: who, which offence,
 * when it became known, to whom; nothing about health, family or whereabouts.
 */
const CrimeReportV2 = z.strictObject({
  case: f(CasePseudonymV1, 'process', 'internal', 'Case', 'Slučaj', 'Pseudonym of the case.'),
  subject: f(
    SubjectPseudonymV1,
    'identity',
    'internal',
    'Subject',
    'Lice',
    'Pseudonym of the victim.',
  ),
  issuedBy: f(
    AgencyIdV1,
    'criminal-proceedings',
    'internal',
    'Reported by',
    'Prijavu podneo',
    'Agency that reports the crime under its duty to report.',
  ),
  issuedAt: f(
    InstantV1,
    'criminal-proceedings',
    'special',
    'Reported at',
    'Vreme prijave',
    'When the crime was reported.',
  ),
  proceedingsRef: f(
    textV1(100).optional(),
    'criminal-proceedings',
    'special',
    'Case number',
    'Broj predmeta',
    "The reporting agency's own reference of the report.",
  ),
  kind: z.literal('crime-report'),
  offence: f(
    textV1(500),
    'criminal-proceedings',
    'special',
    'Offence',
    'Krivično delo',
    'The offence reported, in the fewest words the report needs.',
  ),
  learnedAt: f(
    InstantV1,
    'criminal-proceedings',
    'special',
    'Learned at',
    'Vreme saznanja',
    'When the reporting agency learned of the offence.',
  ),
  reportedTo: f(
    AgencyIdV1,
    'process',
    'internal',
    'Reported to',
    'Prijava podneta',
    'Police or prosecutor the report goes to.',
  ),
  subjectInformedAt: f(
    InstantV1.optional(),
    'criminal-proceedings',
    'special',
    'Person informed at',
    'Vreme obaveštenja lica',
    'When the person was told that the crime was reported.',
  ),
});

/**
 * `nrm.proceedings-notice` v2 — v1's six kinds unchanged, and `crime-report`: an agency
 * reports a crime under its legal duty, which v1 could only express as a raised
 * non-punishment notice. FROZEN once released.
 */
export const ProceedingsNoticeV2 = z.discriminatedUnion('kind', [
  ...ProceedingsNoticeV1.options,
  CrimeReportV2,
]);
export type ProceedingsNoticeV2 = z.infer<typeof ProceedingsNoticeV2>;
