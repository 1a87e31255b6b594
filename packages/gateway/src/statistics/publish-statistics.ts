import { readPublicKeys, verifyDetached } from '@nrm/client/crypto';
import { GatewayError, toGatewayError, zodSchemaError } from '@nrm/client/errors';
import { keyState } from '../store/registry/agency-keys.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { StatisticsDocument } from './statistics-document.js';
import { assertSuppressed } from './suppression-check.js';

/** A signed statistics document as posted: the JSON text exactly as signed, and its signature. */
export interface StatisticsSubmission {
  document: string;
  signature: string;
}

/**
 * Accept a competent authority's signed, suppressed aggregate (ADR 0015). Refused unless the
 * caller is a competent authority, the document names it as publisher, the signature verifies
 * with one of its valid registered keys, and every count is suppressed at the document's k.
 */
export async function publishStatistics(
  ctx: GatewayContext,
  publisher: string,
  submission: StatisticsSubmission,
): Promise<{ id: string; asOf: string; signerFingerprint: string }> {
  const agency = await ctx.store.registry.findAgency(publisher);
  if (agency?.kind !== 'competent-authority') {
    throw new GatewayError('FORBIDDEN', {
      message: 'Only a competent authority publishes identification statistics.',
    });
  }
  const now = ctx.clock.now();
  const keys = (await ctx.store.registry.listKeys(publisher)).filter(
    (k) => keyState(k, now) === 'valid',
  );
  const publicKeys = (
    await Promise.all(keys.map((k) => readPublicKeys(k.armoredPublicKey)))
  ).flat();
  const bytes = new TextEncoder().encode(submission.document);
  const signer = await verifyDetached(bytes, submission.signature, publicKeys, now).catch(
    (cause: unknown) => {
      throw new GatewayError(
        toGatewayError(cause).code === 'KEY_UNKNOWN' ? 'KEY_UNKNOWN' : 'SIGNATURE_INVALID',
        {
          path: 'signature',
          cause,
        },
      );
    },
  );
  let json: unknown;
  try {
    json = JSON.parse(submission.document);
  } catch {
    throw new GatewayError('SCHEMA_INVALID', {
      message: 'The document is not JSON.',
      path: 'document',
    });
  }
  const parsed = StatisticsDocument.safeParse(json);
  if (!parsed.success) {
    throw zodSchemaError(parsed.error, 'document');
  }
  if (parsed.data.publisher !== publisher) {
    throw new GatewayError('FORBIDDEN', {
      message: 'The document names another publisher than the caller.',
      path: 'document.publisher',
    });
  }
  assertSuppressed(parsed.data);
  const id = crypto.randomUUID();
  await ctx.store.operations.storePublishedStatistics({
    id,
    publisher,
    as_of: parsed.data.asOf,
    document: submission.document,
    signature: submission.signature,
    signer_fingerprint: signer.signerFingerprint,
    received_at: now.toISOString(),
  });
  return { id, asOf: parsed.data.asOf, signerFingerprint: signer.signerFingerprint };
}
