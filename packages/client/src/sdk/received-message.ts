import type { EnvelopeV1 } from '@nrm/schemas';
import type { PrivateKey, PublicKey } from 'openpgp';
import { normaliseFingerprint, open, sha256Digest, verifyDetached } from '../crypto/index.js';
import { GatewayError } from '../errors/index.js';
import { readSignedJson } from '../errors/schema-error.js';
import { decodeEnvelope } from './envelope.js';
import type { InboxMessage } from './gateway-http.js';
import type { PayloadSchemas } from './payload-schemas.js';

/** A delivered message, opened and checked end to end. */
export interface ReceivedMessage {
  id: string;
  envelope: EnvelopeV1;
  /** The exact envelope bytes as signed and delivered (the receipt names their digest). */
  envelopeBytes: Uint8Array;
  /** The payload, validated and upgraded to the latest version of its type. */
  payload: unknown;
  payloadVersion: number;
  signerFingerprint: string;
  signedAt: Date;
}

/** What {@link openReceived} needs: who we are, our key, the sender's keys, the schemas, the time. */
export interface OpenContext {
  self: string;
  /** Our current key, then retired ones: any of them may be the one the payload was sealed to. */
  privateKey: PrivateKey | readonly PrivateKey[];
  senderKeys(agencyId: string, at: Date): Promise<PublicKey[]>;
  /** The sender's keys revoked in the registry by `at`, to name a signature by one KEY_REVOKED. */
  revokedSenderKeys?(agencyId: string, at: Date): Promise<PublicKey[]>;
  schemas: PayloadSchemas;
  at: Date;
}

/**
 * Open one delivered message (DESIGN.md flow step 6): the envelope must be valid, addressed to
 * us and signed by the sender's key it names; the ciphertext must match the envelope's digest;
 * it must decrypt with our key and carry the same sender's signature; the payload must be valid
 * for its type and version (upgraded on read) and carry no data category the envelope did not
 * declare — the consent check at the gateway only saw the declared ones.
 */
export async function openReceived(
  message: InboxMessage,
  context: OpenContext,
): Promise<ReceivedMessage> {
  const envelopeBytes = Buffer.from(message.envelope, 'base64');
  const envelope = decodeEnvelope(envelopeBytes);
  if (envelope.id !== message.id) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: 'The envelope id differs from the delivered id.',
      path: 'envelope.id',
    });
  }
  if (!envelope.to.includes(context.self)) {
    throw new GatewayError('FORBIDDEN', {
      message: `The message is not addressed to ${context.self}.`,
      path: 'envelope.to',
    });
  }
  const senderKeys = await context.senderKeys(envelope.from, context.at);
  const revoked = (await context.revokedSenderKeys?.(envelope.from, context.at)) ?? [];
  const signer = await verifyDetached(
    envelopeBytes,
    message.envelopeSignature,
    [...senderKeys, ...revoked],
    context.at,
  );
  if (revoked.some((key) => key.getFingerprint() === signer.signerFingerprint)) {
    throw new GatewayError('KEY_REVOKED', {
      message: `The sender's key ${signer.signerFingerprint} has been revoked.`,
      path: 'envelope.senderKey',
    });
  }
  if (signer.signerFingerprint !== normaliseFingerprint(envelope.senderKey)) {
    throw new GatewayError('SIGNATURE_INVALID', {
      message: 'The envelope is signed by another key than the one it names.',
      path: 'envelope.senderKey',
    });
  }
  const ciphertext = Buffer.from(message.payload, 'base64');
  if (sha256Digest(ciphertext) !== envelope.payloadDigest) {
    throw new GatewayError('DIGEST_MISMATCH', { path: 'envelope.payloadDigest' });
  }
  const opened = await open(ciphertext, context.privateKey, senderKeys, { at: context.at });
  if (opened.signerFingerprint !== signer.signerFingerprint) {
    throw new GatewayError('SIGNATURE_INVALID', {
      message: 'The payload is signed by another key than the envelope.',
      path: 'payload',
    });
  }
  // Strict JSON: a duplicate member would let this reader and another see different payloads.
  const data = readSignedJson(opened.plaintext, 'payload');
  const reading = context.schemas.read(envelope.type, envelope.version, data);
  if (!reading.ok) {
    throw reading.error;
  }
  const undeclared = context.schemas
    .dataCategories(envelope.type, envelope.version, data)
    .filter((category) => !envelope.dataCategories.includes(category));
  if (undeclared.length > 0) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: `The payload carries data categories the envelope did not declare: ${undeclared.join(', ')}.`,
      path: 'envelope.dataCategories',
    });
  }
  return {
    id: envelope.id,
    envelope,
    envelopeBytes,
    payload: reading.value,
    payloadVersion: reading.version,
    signerFingerprint: signer.signerFingerprint,
    signedAt: signer.signedAt,
  };
}
