import { z } from 'zod';
import {
  AgencyIdV1,
  CasePseudonymV1,
  InstantV1,
  SubjectPseudonymV1,
  textV1,
} from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

const at = (en: string, sr: string, what: string) =>
  f(InstantV1, 'criminal-proceedings', 'special', en, sr, what);
const maybeAt = (en: string, sr: string, what: string) =>
  f(InstantV1.optional(), 'criminal-proceedings', 'special', en, sr, what);

/** Fields every notice carries. */
const base = {
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
    'Issued by',
    'Izdao',
    'Prosecutor or court.',
  ),
  issuedAt: at('Issued at', 'Vreme izdavanja', 'When the notice was issued.'),
  proceedingsRef: f(
    textV1(100).optional(),
    'criminal-proceedings',
    'special',
    'Case number',
    'Broj predmeta',
    "Prosecutor's or court's case number.",
  ),
};

/**
 * `nrm.proceedings-notice` v1 — prosecutor or court informs the victim's supporters of a step
 * in criminal proceedings: vulnerable-witness status and protective measures, plea bargain,
 * release of the accused, compensation claim, non-punishment, a child's interview. FROZEN.
 */
export const ProceedingsNoticeV1 = z.discriminatedUnion('kind', [
  z.strictObject({
    ...base,
    kind: z.literal('vulnerable-witness-status'),
    granted: f(
      z.boolean(),
      'criminal-proceedings',
      'special',
      'Granted',
      'Odobreno',
      'Status of particularly vulnerable witness granted.',
    ),
    protectiveMeasures: f(
      z
        .array(
          z.enum([
            'closed-hearing',
            'audio-video-link',
            'testimony-without-accused-present',
            'anonymity',
            'relocation',
            'protected-witness-programme',
          ]),
        )
        .max(6),
      'criminal-proceedings',
      'special',
      'Protective measures',
      'Mere zaštite',
      'Measures ordered.',
    ),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('plea-bargain'),
    agreedAt: at('Agreed at', 'Vreme sporazuma', 'When the plea agreement was made.'),
    victimNotifiedAt: maybeAt(
      'Victim notified at',
      'Vreme obaveštenja žrtve',
      'When the victim was told.',
    ),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('release-of-accused'),
    releasedAt: at('Released at', 'Vreme puštanja', 'When the accused was released.'),
    victimInformedAt: maybeAt(
      'Victim informed at',
      'Vreme obaveštenja žrtve',
      'When the victim was told.',
    ),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('compensation-claim'),
    filedAt: at('Filed at', 'Vreme podnošenja', 'When the claim was filed.'),
    status: f(
      z.enum(['filed', 'awarded', 'rejected', 'referred-to-civil-proceedings']),
      'criminal-proceedings',
      'special',
      'Status',
      'Status',
      'State of the claim.',
    ),
    amount: f(
      z
        .strictObject({
          value: f(
            z.number().min(0),
            'criminal-proceedings',
            'special',
            'Amount',
            'Iznos',
            'Amount awarded or claimed.',
          ),
          currency: f(
            z.string().regex(/^[A-Z]{3}$/),
            'criminal-proceedings',
            'internal',
            'Currency',
            'Valuta',
            'ISO 4217 currency.',
          ),
        })
        .optional(),
      'criminal-proceedings',
      'special',
      'Amount',
      'Iznos',
      'Amount, when known.',
    ),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('non-punishment'),
    offence: f(
      textV1(500),
      'criminal-proceedings',
      'special',
      'Offence',
      'Krivično delo',
      'Offence committed as a consequence of being trafficked.',
    ),
    outcome: f(
      z.enum(['raised', 'applied', 'not-applied']),
      'criminal-proceedings',
      'special',
      'Outcome',
      'Ishod',
      'Whether non-punishment was applied.',
    ),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('child-interview'),
    interviewedAt: at(
      'Interviewed at',
      'Vreme saslušanja',
      'When the child was interviewed (at most two interviews).',
    ),
    audioVideoRecorded: f(
      z.boolean(),
      'criminal-proceedings',
      'special',
      'Audio-video recorded',
      'Audio-video snimljeno',
      'Recorded so it need not be repeated.',
    ),
    setting: f(
      z.enum(['child-friendly-room', 'court', 'prosecutor-office', 'police-station', 'other']),
      'criminal-proceedings',
      'special',
      'Setting',
      'Mesto',
      'Where the interview took place.',
    ),
  }),
]);
export type ProceedingsNoticeV1 = z.infer<typeof ProceedingsNoticeV1>;
