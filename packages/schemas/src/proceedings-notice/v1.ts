import { z } from 'zod';
import { AgencyIdV1, InstantV1, textV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/**
 * `nrm.proceedings-notice` v1 — prosecutor or court informs the victim's supporters of a
 * step in criminal proceedings (plea bargain, hearing, judgment, protection status). FROZEN.
 */
export const ProceedingsNoticeV1 = z.strictObject({
  proceedingsRef: f(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9./ -]{0,63}$/), 'criminal-proceedings', 'special', 'Case number', 'Broj predmeta', "Prosecutor's or court's case number."),
  issuedBy: f(AgencyIdV1, 'criminal-proceedings', 'internal', 'Issued by', 'Izdao', 'Prosecutor or court.'),
  event: f(
    z.enum(['indictment', 'hearing-scheduled', 'plea-bargain', 'judgment', 'compensation-decision', 'proceedings-dismissed', 'protective-measure']),
    'criminal-proceedings',
    'special',
    'Event',
    'Događaj',
    'Step in the proceedings.',
  ),
  eventAt: f(InstantV1, 'criminal-proceedings', 'special', 'Event date', 'Datum događaja', 'When it happened or is scheduled.'),
  victimStatus: f(
    z.enum(['injured-party', 'particularly-vulnerable-witness', 'protected-witness']).optional(),
    'criminal-proceedings',
    'special',
    'Victim status',
    'Status žrtve',
    "The victim's procedural status.",
  ),
  nonPunishmentConsidered: f(z.boolean().optional(), 'criminal-proceedings', 'special', 'Non-punishment considered', 'Razmotreno nekažnjavanje', 'Non-punishment was considered for offences committed as a consequence of trafficking.'),
  summary: f(textV1(4000), 'criminal-proceedings', 'special', 'Summary', 'Sažetak', 'What the victim and supporters need to know.'),
});
export type ProceedingsNoticeV1 = z.infer<typeof ProceedingsNoticeV1>;
