import { z } from 'zod';
import { AgencyIdV1, InstantV1, UuidV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/** `nrm.consent-withdrawal` v1 — the consent ends; undelivered messages relying on it are held. FROZEN. */
export const ConsentWithdrawalV1 = z.strictObject({
  consentId: f(
    UuidV1,
    'process',
    'internal',
    'Consent id',
    'Identifikator pristanka',
    'Consent withdrawn.',
  ),
  withdrawnAt: f(
    InstantV1,
    'process',
    'internal',
    'Withdrawn at',
    'Vreme povlačenja',
    'When the withdrawal takes effect.',
  ),
  withdrawnBy: f(
    z.enum(['self', 'guardian', 'legal-representative']),
    'process',
    'internal',
    'Withdrawn by',
    'Povukao',
    'Who withdrew the consent.',
  ),
  recordedBy: f(
    AgencyIdV1,
    'process',
    'internal',
    'Recorded by',
    'Evidentirao',
    'Agency that recorded the withdrawal.',
  ),
});
export type ConsentWithdrawalV1 = z.infer<typeof ConsentWithdrawalV1>;
