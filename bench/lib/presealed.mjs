import { createHash, randomBytes } from 'node:crypto';
import { seal, signDetached, uuidv7 } from './client.mjs';

const sha256 = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const b64 = (bytes) => Buffer.from(bytes).toString('base64');
const encode = (text) => Buffer.from(text, 'utf8');

/**
 * Messages whose client-side cost is paid before the clock runs: one 4 KiB payload sealed once
 * to every recipient, then per message a fresh envelope (own id, same payload digest) signed by
 * the sender, and each recipient's acknowledgement receipt signed ahead, which the protocol
 * allows because a receipt names only the message id and the envelope digest.
 */
export async function presealer({ sender, recipients, payloadBytes = 4096 }) {
  const at = new Date();
  const payload = await seal(
    randomBytes(payloadBytes),
    recipients.flatMap((r) => r.publicKeys),
    sender.privateKey,
    { at },
  );
  const payloadBase64 = b64(payload);
  const payloadDigest = sha256(payload);
  return async function presealed(fields = {}) {
    const now = new Date();
    const envelope = {
      id: uuidv7(now),
      type: 'nrm.referral',
      version: 1,
      from: sender.id,
      to: recipients.map((r) => r.id),
      subject: 'sub_0001AbCdEfGhIjKlMn',
      purpose: 'identification',
      legalBasis: 'public-task',
      consentRefs: [],
      dataCategories: ['process'],
      subjectIsChild: false,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
      payloadDigest,
      senderKey: sender.fingerprint,
      ...fields,
    };
    const bytes = encode(JSON.stringify(envelope));
    const acks = new Map();
    for (const recipient of recipients) {
      const receipt = encode(
        JSON.stringify({
          type: 'nrm.receipt',
          version: 1,
          messageId: envelope.id,
          envelopeDigest: sha256(bytes),
          by: recipient.id,
          status: 'acknowledged',
          at: now.toISOString(),
        }),
      );
      acks.set(
        recipient.id,
        JSON.stringify({
          receipt: b64(receipt),
          receiptSignature: await signDetached(receipt, recipient.privateKey, now),
        }),
      );
    }
    return {
      id: envelope.id,
      envelope,
      submitBody: JSON.stringify({
        envelope: b64(bytes),
        envelopeSignature: await signDetached(bytes, sender.privateKey, now),
        payload: payloadBase64,
      }),
      acks,
    };
  };
}
