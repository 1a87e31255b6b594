import { GatewayError } from '@nrm/client/errors';
import { keyState } from '../store/registry/agency-keys.js';
import { verifyDetachedSignature } from '../registry/openpgp-signature.js';
import type { GatewayContext } from '../context/gateway-context.js';

/**
 * Verify a recipient's signature over its receipt (acknowledgement or rejection) against
 * one of its keys valid now; the last failure is thrown when none verifies.
 */
export async function verifyRecipientSignature(
  ctx: GatewayContext,
  agencyId: string,
  bytes: Uint8Array,
  signature: string,
): Promise<void> {
  const now = ctx.clock.now();
  const keys = (await ctx.store.registry.listKeys(agencyId)).filter(
    (k) => keyState(k, now) === 'valid',
  );
  let lastError: unknown = new GatewayError('KEY_UNKNOWN', {
    message: 'The recipient has no valid key.',
    path: 'receiptSignature',
  });
  for (const key of keys) {
    try {
      // Tolerate the recipient's clock running ahead by the replay window, as for envelopes.
      await verifyDetachedSignature(
        bytes,
        signature,
        key.armoredPublicKey,
        new Date(now.getTime() + ctx.replayWindowMs),
        'receiptSignature',
      );
      return;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
