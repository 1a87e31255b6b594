import { z } from 'zod';
import { InstantV1, SubjectPseudonymV1, textV1, UuidV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/** `nrm.consent-withdrawal` v1 — the consent ends; undelivered messages relying on it are held. FROZEN. */
export const ConsentWithdrawalV1 = z.strictObject({
  consentId: f(UuidV1, 'process', 'internal', 'Consent id', 'Identifikator pristanka', 'Consent withdrawn.'),
  subject: f(SubjectPseudonymV1, 'identity', 'internal', 'Subject', 'Lice', 'Pseudonym of the person.'),
  withdrawnBy: f(z.enum(['self', 'guardian', 'legal-representative']), 'process', 'internal', 'Withdrawn by', 'Povukao', 'Who withdrew the consent.'),
  withdrawnAt: f(InstantV1, 'process', 'internal', 'Withdrawn at', 'Vreme povlačenja', 'When it takes effect.'),
  reason: f(textV1(2000).optional(), 'process', 'personal', 'Reason', 'Razlog', 'Reason, if the person gave one.'),
});
export type ConsentWithdrawalV1 = z.infer<typeof ConsentWithdrawalV1>;
