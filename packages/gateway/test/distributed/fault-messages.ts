import { CATALOGUE } from '@nrm/schemas';
import {
  catalogueSchemas,
  encodeEnvelope,
  readPublicKeys,
  seal,
  sha256Digest,
  signDetached,
  uuidv7,
} from '@nrm/client';
import type { PrivateKey } from 'openpgp';

/** The bytes of one submission: retried as they are, never signed again. */
export interface SignedSubmission {
  id: string;
  recipient: string;
  body: string;
}

// Procedural facts only (`process`): what state bodies exchange under their public task.
const TYPE = 'nrm.info-request';
const example = CATALOGUE.get(TYPE)!.examples[1] as Record<string, unknown>;

const SUBJECT = 'sub_FaultTest00000000001';

/**
 * Seals one information request per recipient (sealing is the slow part) and signs a fresh envelope
 * around it for every message: each message is a real sealed and signed submission whose
 * ciphertext the recipient's SDK opens and checks.
 */
export async function submissionFactory(
  sender: { id: string; key: PrivateKey },
  recipients: readonly { id: string; publicKey: string }[],
): Promise<(recipient: string) => Promise<SignedSubmission>> {
  const sealed = new Map<string, { ciphertext: Uint8Array; categories: string[] }>();
  for (const recipient of recipients) {
    const payload = example;
    const categories = [...new Set(catalogueSchemas.dataCategories(TYPE, 1, payload))] as string[];
    const ciphertext = await seal(
      new TextEncoder().encode(JSON.stringify(payload)),
      await readPublicKeys(recipient.publicKey),
      sender.key,
      { at: new Date() },
    );
    sealed.set(recipient.id, { ciphertext, categories });
  }
  return async (recipient) => {
    const found = sealed.get(recipient);
    if (found === undefined) {
      throw new Error(`no sealed payload for ${recipient}`);
    }
    const at = new Date();
    const id = uuidv7(at);
    const envelopeBytes = encodeEnvelope({
      id,
      type: TYPE,
      version: 1,
      from: sender.id,
      to: [recipient],
      subject: SUBJECT,
      purpose: 'identification',
      legalBasis: 'public-task',
      consentRefs: [],
      dataCategories: found.categories as never,
      subjectIsChild: false,
      createdAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + 30 * 86_400_000).toISOString(),
      payloadDigest: sha256Digest(found.ciphertext),
      senderKey: sender.key.getFingerprint(),
    });
    const body = JSON.stringify({
      envelope: Buffer.from(envelopeBytes).toString('base64'),
      envelopeSignature: await signDetached(envelopeBytes, sender.key, at),
      payload: Buffer.from(found.ciphertext).toString('base64'),
    });
    return { id, recipient, body };
  };
}
