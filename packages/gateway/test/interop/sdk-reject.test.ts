/**
 * A recipient rejects what fails its checks, against the real gateway (embedded SQLite, port
 * 0): a payload edited in the store (digest mismatch) and a payload sealed to another
 * agency's key (decryption failure) are rejected with their codes, the sender sees them, the
 * transparency log records them, and newer good messages still arrive with `limit: 1`.
 */
import { randomUUID } from 'node:crypto';
import { CATALOGUE } from '@nrm/schemas';
import { describe, expect, it } from 'vitest';
import type { SendRequest } from '@nrm/client';
import { drain, useSdkHarness } from './sdk-harness.js';

const h = useSdkHarness('nrm-reject-');
const { tempDir, clientFor } = h;

/** A fetch that answers CPTV's key lookup with ATINA's keys: the sender seals to the wrong key. */
const wrongKeyFetch: typeof fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.endsWith('/v1/keys/rs.cptv')) {
    return fetch(input, init);
  }
  const answer = await fetch(url.replace(/rs\.cptv$/, 'rs.atina'), init);
  const body = (await answer.json()) as Record<string, unknown>;
  return new Response(JSON.stringify({ ...body, agencyId: 'rs.cptv' }), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
};

const referralExample = CATALOGUE.get('nrm.referral')!.examples[1] as Record<string, unknown> & {
  subject: Record<string, unknown>;
};
const consentExample = CATALOGUE.get('nrm.consent-record')!.examples[1] as Record<string, unknown>;

describe('a recipient rejects what fails its checks (real gateway)', () => {
  it('tampered and mis-sealed referrals are rejected with their codes; the sender sees them; newer ones still arrive with limit 1', async () => {
    const astra = await clientFor('rs.astra');
    const misSealing = await clientFor('rs.astra', undefined, wrongKeyFetch);
    const subject = 'sub_AstraRejected00000001';
    const now = Date.now();
    const consent = {
      ...consentExample,
      id: randomUUID(),
      subject,
      controller: 'rs.astra',
      recipients: [{ by: 'agency', agency: 'rs.cptv' }],
      purposes: ['identification'],
      categories: ['identity', 'location', 'exploitation', 'migration', 'assistance', 'process'],
      obtainedAt: new Date(now - 120_000).toISOString(),
      validFrom: new Date(now - 60_000).toISOString(),
      validUntil: new Date(now + 365 * 86_400_000).toISOString(),
    };
    const common: Omit<SendRequest, 'type' | 'payload'> = {
      version: 1,
      to: ['rs.cptv'],
      subject,
      purpose: 'identification',
      legalBasis: 'consent',
      consentRefs: [consent.id],
      subjectIsChild: false,
      area: 'beograd-savski-venac',
    };
    const referral: SendRequest = {
      ...common,
      type: 'nrm.referral',
      payload: {
        ...referralExample,
        subject: { ...referralExample.subject, pseudonym: subject, birthDate: '1998-05-14' },
        referringAgency: 'rs.astra',
        channel: 'ngo',
        recipients: ['rs.cptv'],
        area: 'beograd-savski-venac',
        consentRefs: [consent.id],
      },
    };
    const record = await astra.send({
      ...common,
      type: 'nrm.consent-record',
      payload: consent,
      consentScope: consent,
    });
    const tampered = await astra.send(referral);
    const misSealed = await misSealing.send(referral);
    const good = await astra.send(referral);

    // A direct edit of the stored ciphertext: the envelope's digest no longer matches.
    await h.gateway.db
      .updateTable('messages')
      .set({ payload: new TextEncoder().encode('not the sealed referral') })
      .where('id', '=', tampered.id)
      .execute();

    const stateDir = tempDir('nrm-cptv-state-');
    const items = await drain((await clientFor('rs.cptv', stateDir)).inbox({ limit: 1 }));
    expect(items.map((i) => (i.ok ? `ok ${i.message.id}` : `${i.error.code} ${i.id}`))).toEqual([
      `ok ${record.id}`,
      `DIGEST_MISMATCH ${tampered.id}`,
      `DECRYPTION_FAILED ${misSealed.id}`,
      `ok ${good.id}`,
    ]);
    for (const item of items.filter((i) => !i.ok)) {
      expect(item).toMatchObject({ rejected: true });
    }

    // The sender sees each rejection and its code; the good ones are acknowledged.
    const rowOf = async (id: string) =>
      (await astra.status(id)).recipients.find((r) => r.agency === 'rs.cptv');
    expect(await rowOf(tampered.id)).toMatchObject({
      status: 'rejected',
      rejectionCode: 'DIGEST_MISMATCH',
    });
    expect(await rowOf(misSealed.id)).toMatchObject({
      status: 'rejected',
      rejectionCode: 'DECRYPTION_FAILED',
    });
    expect((await rowOf(good.id))?.status).toBe('acknowledged');

    // Nothing is served again, to this state folder or a fresh one.
    expect(await drain((await clientFor('rs.cptv', stateDir)).inbox({ limit: 1 }))).toEqual([]);
    expect(await drain((await clientFor('rs.cptv')).inbox({ limit: 1 }))).toEqual([]);

    const logged = (await h.gateway.ctx.log.leaves()).filter((l) => l.kind === 'delivery-rejected');
    expect(logged.map((l) => ('messageId' in l ? [l.messageId, l.reason] : []))).toEqual([
      [tampered.id, 'DIGEST_MISMATCH'],
      [misSealed.id, 'DECRYPTION_FAILED'],
    ]);
  });
});
