import { ConsentRecord, type ConsentWithdrawal } from '@nrm/domain';

/**
 * The scope of a consent, sent in clear with an `nrm.consent-record` message and signed by
 * the controller (ADR 0004). Its shape is the domain's `ConsentRecord`, so what the gateway
 * enforces is exactly what `evaluateDisclosure` reads; the evidence — the signed form —
 * stays in the encrypted payload.
 */
export const ConsentScope = ConsentRecord;
export type ConsentScope = ConsentRecord;

/** A consent as the gateway holds it: its scope, its controller and its withdrawal, if any. */
export interface HeldConsent {
  scope: ConsentScope;
  withdrawal: ConsentWithdrawal | undefined;
}
