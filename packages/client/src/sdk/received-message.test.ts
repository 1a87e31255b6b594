import type { EnvelopeV1 } from '@nrm/schemas';
import type { PrivateKey, PublicKey } from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import { AT, testAgencyKey, type TestAgencyKey } from '../crypto/__fixtures__/agency-keys.js';
import { seal, sha256Digest, signDetached } from '../crypto/index.js';
import { exampleEnvelope } from './__fixtures__/envelopes.js';
import { noteSchemas } from './__fixtures__/note-schemas.js';
import type { InboxMessage } from './gateway-http.js';
import { openReceived, type OpenContext } from './received-message.js';

let police: TestAgencyKey;
let policeNext: TestAgencyKey;
let cptv: TestAgencyKey;
let stranger: TestAgencyKey;

beforeAll(async () => {
  [police, policeNext, cptv, stranger] = await Promise.all([
    testAgencyKey('rs.police.belgrade-thb'),
    testAgencyKey('rs.police.belgrade-thb'),
    testAgencyKey('rs.cptv'),
    testAgencyKey('at.lefoe-ibf'),
  ]);
});

interface Delivery {
  payload?: unknown;
  payloadBytes?: Uint8Array;
  envelope?: Partial<EnvelopeV1>;
  envelopeSigner?: PrivateKey;
  payloadSigner?: PrivateKey;
  id?: string;
  digestOf?: Uint8Array;
}

/** Build a delivered message the way a sender SDK would, with one thing changed. */
async function delivery(options: Delivery = {}): Promise<InboxMessage> {
  const envelopeSigner = options.envelopeSigner ?? police.private;
  const plaintext =
    options.payloadBytes ??
    new TextEncoder().encode(JSON.stringify(options.payload ?? { text: 'hello' }));
  const ciphertext = await seal(plaintext, [cptv.public], options.payloadSigner ?? envelopeSigner, {
    at: AT,
  });
  const envelope: EnvelopeV1 = {
    ...exampleEnvelope,
    type: 'nrm.test-note',
    dataCategories: ['process'],
    payloadDigest: sha256Digest(options.digestOf ?? ciphertext),
    senderKey: envelopeSigner.getFingerprint(),
    ...options.envelope,
  };
  const envelopeBytes = new TextEncoder().encode(JSON.stringify(envelope));
  return {
    id: options.id ?? envelope.id,
    envelope: Buffer.from(envelopeBytes).toString('base64'),
    envelopeSignature: await signDetached(envelopeBytes, envelopeSigner, AT),
    payload: Buffer.from(ciphertext).toString('base64'),
  };
}

function context(senderKeys: PublicKey[] = [police.public, policeNext.public]): OpenContext {
  return {
    self: 'rs.cptv',
    privateKey: cptv.private,
    senderKeys: () => Promise.resolve(senderKeys),
    schemas: noteSchemas,
    at: AT,
  };
}

describe('openReceived', () => {
  it('opens a well-formed delivery: verified signer, upgraded payload, exact envelope bytes', async () => {
    const message = await delivery({ payload: { text: 'hello' } });
    const received = await openReceived(message, context());
    expect(received).toMatchObject({
      id: exampleEnvelope.id,
      payload: { body: 'hello' },
      payloadVersion: 2,
      signerFingerprint: police.fingerprint,
      signedAt: AT,
    });
    expect(Buffer.from(received.envelopeBytes).toString('base64')).toBe(message.envelope);
  });

  it('the delivered id must be the envelope id', async () => {
    await expect(
      openReceived(await delivery({ id: '019bc1a2-0000-7000-8000-000000000000' }), context()),
    ).rejects.toMatchObject({ code: 'SCHEMA_INVALID', path: 'envelope.id' });
  });

  it('the message must be addressed to us: FORBIDDEN', async () => {
    await expect(
      openReceived(await delivery({ envelope: { to: ['rs.astra'] } }), context()),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', path: 'envelope.to' });
  });

  it('the envelope must be signed by a key of the sender: KEY_UNKNOWN', async () => {
    await expect(
      openReceived(await delivery({ envelopeSigner: stranger.private }), context()),
    ).rejects.toMatchObject({ code: 'KEY_UNKNOWN' });
  });

  it('a sender key revoked in the registry: KEY_REVOKED', async () => {
    const revokedContext: OpenContext = {
      ...context([policeNext.public]),
      revokedSenderKeys: () => Promise.resolve([police.public]),
    };
    await expect(openReceived(await delivery(), revokedContext)).rejects.toMatchObject({
      code: 'KEY_REVOKED',
      path: 'envelope.senderKey',
    });
  });

  it('the envelope must be signed by the key it names: SIGNATURE_INVALID', async () => {
    await expect(
      openReceived(await delivery({ envelope: { senderKey: policeNext.fingerprint } }), context()),
    ).rejects.toMatchObject({ code: 'SIGNATURE_INVALID', path: 'envelope.senderKey' });
  });

  it('the ciphertext must match the envelope digest: DIGEST_MISMATCH', async () => {
    await expect(
      openReceived(await delivery({ digestOf: new Uint8Array([1]) }), context()),
    ).rejects.toMatchObject({ code: 'DIGEST_MISMATCH', path: 'envelope.payloadDigest' });
  });

  it('the payload must be signed by the same key as the envelope, even another key of the sender: SIGNATURE_INVALID', async () => {
    await expect(
      openReceived(await delivery({ payloadSigner: policeNext.private }), context()),
    ).rejects.toMatchObject({ code: 'SIGNATURE_INVALID', path: 'payload' });
  });

  it('the payload must be UTF-8 JSON valid for its type and version', async () => {
    await expect(
      openReceived(
        await delivery({ payloadBytes: new TextEncoder().encode('not json') }),
        context(),
      ),
    ).rejects.toMatchObject({ code: 'SCHEMA_INVALID', path: 'payload' });
    await expect(
      openReceived(await delivery({ payload: { txt: 'x' } }), context()),
    ).rejects.toMatchObject({ code: 'SCHEMA_INVALID' });
    await expect(
      openReceived(await delivery({ envelope: { version: 9 } }), context()),
    ).rejects.toMatchObject({ code: 'UNKNOWN_VERSION' });
  });

  it('the decrypted payload must be strict JSON: a duplicate member is SCHEMA_INVALID at its path', async () => {
    const twice = new TextEncoder().encode('{"text":"hello","text":"goodbye"}');
    await expect(
      openReceived(await delivery({ payloadBytes: twice }), context()),
    ).rejects.toMatchObject({ code: 'SCHEMA_INVALID', path: 'payload.text' });
    const bom = new TextEncoder().encode('\ufeff{"text":"hello"}');
    await expect(
      openReceived(await delivery({ payloadBytes: bom }), context()),
    ).rejects.toMatchObject({ code: 'SCHEMA_INVALID', path: 'payload' });
  });

  it('the payload may not carry a data category the envelope did not declare', async () => {
    const message = await delivery({ payload: { text: 'x', health: 'diabetes' } });
    await expect(openReceived(message, context())).rejects.toMatchObject({
      code: 'SCHEMA_INVALID',
      path: 'envelope.dataCategories',
      message: expect.stringContaining('health'),
    });
    const declared = await delivery({
      payload: { text: 'x', health: 'diabetes' },
      envelope: { dataCategories: ['process', 'health'] },
    });
    await expect(openReceived(declared, context())).resolves.toMatchObject({
      payload: { body: 'x', health: 'diabetes' },
    });
  });

  it('a payload not encrypted to us: DECRYPTION_FAILED', async () => {
    const message = await delivery();
    await expect(
      openReceived(message, { ...context(), privateKey: stranger.private }),
    ).rejects.toMatchObject({ code: 'DECRYPTION_FAILED' });
  });
});
