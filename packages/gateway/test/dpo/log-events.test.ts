import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient } from '../../src/cli/admin-client.js';
import { recordUnloggedKeys } from '../../src/dpo/key-events.js';
import { generateKeyPair } from '../../src/registry/openpgp-signature.js';
import { ManualClock } from '../../src/registry/clock.js';
import type { LogLeaf } from '../../src/transparency/index.js';
import { call, startTestGateway, subject, type TestGateway } from '../server/harness.js';
import { recordConsent, scopeFor, send } from './dpo-fixture.js';

// Facts other than submits reach the log too: a consent lapsing before delivery, and the
// operator's key changes.

const clock = new ManualClock(new Date());
let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ clock });
});
afterAll(() => t.close());

const last = async (kind: LogLeaf['kind']): Promise<LogLeaf | undefined> =>
  (await t.gw.ctx.log.leaves()).findLast((leaf) => leaf.kind === kind);

describe('log entries beyond the submit', () => {
  it('a consent that lapses before delivery holds the delivery at the next pull: delivery-withheld consent-lapsed', async () => {
    const atina = await t.agency('rs.atina');
    const nis = await t.agency('rs.csw.nis');
    const person = subject(401);
    const now = clock.now();
    const scope = scopeFor('rs.atina', person, ['rs.csw.nis'], now, {
      validUntil: new Date(now.getTime() + 3_600_000).toISOString(),
    });
    await recordConsent(t, atina, ['rs.csw.nis'], scope, now);
    const referral = await send(
      t,
      atina,
      ['rs.csw.nis'],
      {
        type: 'nrm.service-referral',
        subject: person,
        legalBasis: 'consent',
        consentRefs: [scope.id],
        purpose: 'assistance',
        dataCategories: ['identity'],
      },
      now,
    );
    expect(referral.status).toBe(202);
    clock.advance(2 * 3_600_000);
    const inbox = await call(t, 'GET', '/v1/inbox?limit=100', nis.token);
    expect((inbox.body.messages as { id: string }[]).map((m) => m.id)).not.toContain(
      referral.body.id,
    );
    // Both waiting deliveries relied on it: the consent record's own and the referral's.
    const withheld = (await t.gw.ctx.log.leaves()).filter((l) => l.kind === 'delivery-withheld');
    expect(withheld).toContainEqual(
      expect.objectContaining({
        messageId: referral.body.id,
        to: 'rs.csw.nis',
        reason: 'consent-lapsed',
      }),
    );
    const seen = await call(t, 'GET', `/v1/dpo/disclosures?subject=${person}`, t.adminToken('dpo'));
    expect(seen.body.disclosures).toContainEqual(
      expect.objectContaining({ messageId: referral.body.id, outcome: 'withheld' }),
    );
  });

  it('the keys seeded before the log existed are logged once, at start', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const registered = (await t.gw.ctx.log.leaves()).filter((l) => l.kind === 'key-registered');
    expect(registered).toContainEqual(
      expect.objectContaining({
        agency: 'rs.police.belgrade-thb',
        fingerprint: police.fingerprint.toLowerCase(),
      }),
    );
    expect(await recordUnloggedKeys(t.gw.ctx)).toBe(0);
  });

  it('key registration, rotation and revocation by the operator are logged with their fingerprints', async () => {
    const operator = adminClient(t.url, t.adminToken('operator'));
    const first = await generateKeyPair('rs.kirs', clock.now());
    const second = await generateKeyPair('rs.kirs', clock.now());
    await operator.keys.register.mutate({ agencyId: 'rs.kirs', publicKey: first.publicKey });
    expect(await last('key-registered')).toMatchObject({
      agency: 'rs.kirs',
      fingerprint: first.fingerprint.toLowerCase(),
    });
    // The same key again changes nothing, so it is not logged again.
    const before = (await t.gw.ctx.log.leaves()).length;
    await operator.keys.register.mutate({ agencyId: 'rs.kirs', publicKey: first.publicKey });
    expect((await t.gw.ctx.log.leaves()).length).toBe(before);

    await operator.keys.rotate.mutate({ agencyId: 'rs.kirs', publicKey: second.publicKey });
    const rotated = await last('key-rotated');
    expect(rotated).toMatchObject({
      agency: 'rs.kirs',
      fingerprint: second.fingerprint.toLowerCase(),
    });
    expect(rotated?.kind === 'key-rotated' ? rotated.previousFingerprint : '').toMatch(
      /^[0-9a-f]{40,64}$/,
    );

    await operator.keys.revoke.mutate({ fingerprint: second.fingerprint });
    expect(await last('key-revoked')).toMatchObject({
      agency: 'rs.kirs',
      fingerprint: second.fingerprint.toLowerCase(),
      reason: 'operator-revoked',
    });
    await expect(operator.keys.revoke.mutate({ fingerprint: 'ab'.repeat(20) })).rejects.toThrow(
      /No unrevoked key/,
    );
  });
});
