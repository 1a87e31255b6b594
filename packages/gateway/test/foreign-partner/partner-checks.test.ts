/**
 * The foreign-partner toolkit's checks on what it receives, with real gpg and curl against a
 * real gateway. ASTRA, using the same toolkit, plays the two attacks: a tampered
 * ciphertext whose digest it recomputed (so the gateway accepts it), and a payload signed by
 * CPTV inside ASTRA's envelope (and one sealed to CPTV's key instead of LEFÖ-IBF's). LEFÖ-IBF
 * runs the README's receive loop verbatim: each is rejected with its code, never acknowledged,
 * and ASTRA's `nrm_status` shows the codes; a good message in the same pull is acknowledged.
 * The toolkit signs with the key NRM_KEY names; a senderKey that is not the sender's is
 * KEY_UNKNOWN. Then LEFÖ-IBF's key protected with a
 * passphrase: without the passphrase nothing is rejected; with a passphrase file, or with the
 * passphrase preset in gpg-agent, the message opens and is acknowledged.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encryptKey, readPrivateKey } from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deskJson,
  preparePartnerDesk,
  readmeBlock,
  runAtDesk,
  type PartnerDesk,
} from '../../src/demo/partner-guide.js';
import { demoAgencyDir, readDemoAgency } from '../../src/seed/seed-demo.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { testDatabase } from '../test-database.js';

const missing = ['gpg', 'curl', 'jq', 'sha256sum', 'base64', 'gpgconf'].filter(
  (tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).status !== 0,
);
const PRESET = '/usr/lib/gnupg/gpg-preset-passphrase';
const presetAvailable = spawnSync(PRESET, ['--version'], { stdio: 'ignore' }).status === 0;

const LEFOE = 'at.lefoe-ibf';
const ASTRA = 'rs.astra';

/** Parse the JSON lines a toolkit block printed. */
function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe.skipIf(missing.length > 0)('foreign-partner toolkit: checks on received messages', () => {
  let gateway: RunningGateway;
  let dataDir: string;
  let root: string;
  let lefoe: PartnerDesk;
  let astra: PartnerDesk;
  const desks: PartnerDesk[] = [];

  function desk(name: string, agencyId: string): PartnerDesk {
    const dir = join(root, name);
    mkdirSync(dir);
    const made = preparePartnerDesk({
      dir,
      agencyDir: demoAgencyDir(dataDir, agencyId),
      gatewayUrl: gateway.url,
      agencyId,
      gatewayKey: gateway.ctx.gatewayKey.fingerprint,
    });
    desks.push(made);
    return made;
  }

  /**
   * ASTRA sends LEFÖ-IBF a service update with the toolkit; `sealAs` signs the payload,
   * `sealTo` is the key it is encrypted to.
   */
  function astraSends(
    name: string,
    tamper = false,
    sealAs = '"$NRM_KEY"',
    sealTo = '"$LEFOE_KEY"',
  ): string {
    return [
      `NRM_KEY=${sealAs} nrm_seal update.json ${name}.gpg ${sealTo}`,
      // Flip one byte inside the encrypted data; the envelope then names the new digest.
      tamper
        ? `printf '\\xff' | dd of=${name}.gpg bs=1 seek=$(( $(stat -c%s ${name}.gpg) / 2 )) conv=notrunc status=none`
        : ':',
      `nrm_envelope ${name}.envelope.json nrm.service-update 1 ${LEFOE} "$SUBJECT" assistance consent "$CONSENT_ID" process ${name}.gpg`,
      `nrm_sign ${name}.envelope.json`,
      `nrm_submit ${name}.envelope.json ${name}.gpg >${name}.answer.json`,
    ].join('\n');
  }

  /** At ASTRA's desk: the toolkit, ASTRA's key, CPTV's key (the forger holds it), a payload. */
  function astraPrepares(): void {
    const consent = deskJson(lefoe, 'consent.json');
    copyFileSync(
      join(demoAgencyDir(dataDir, 'rs.cptv'), 'private-key.asc'),
      join(astra.dir, 'cptv-private-key.asc'),
    );
    writeFileSync(
      join(astra.dir, 'update.json'),
      JSON.stringify({
        serviceReferralId: 'sr_LefoeReturnee01',
        status: 'in-progress',
        at: new Date().toISOString(),
        by: ASTRA,
      }),
    );
    writeFileSync(
      join(astra.dir, 'setup.sh'),
      [
        '. ./foreign-partner.sh',
        'nrm_import_key private-key.asc >/dev/null',
        'CPTV_KEY=$(nrm_import_key cptv-private-key.asc)',
        `LEFOE_KEY=$(nrm_fetch_key ${LEFOE})`,
        `SUBJECT=${String(consent['subject'])}`,
        `CONSENT_ID=${String(consent['id'])}`,
        '',
      ].join('\n'),
    );
  }

  const answerId = (name: string): string => String(deskJson(astra, `${name}.answer.json`)['id']);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'nrm-checks-gw-'));
    root = mkdtempSync(join(tmpdir(), 'nrm-checks-'));
    gateway = await startGateway({
      dataDir,
      ...(await testDatabase(dataDir)),
      port: 0,
      server: { logger: false },
    });
    lefoe = desk('lefoe', LEFOE);
    astra = desk('astra', ASTRA);
    // LEFÖ-IBF's consent (the guide's send block) covers ASTRA's updates back to LEFÖ-IBF.
    await runAtDesk(lefoe, readmeBlock('send'));
    astraPrepares();
  });

  afterAll(async () => {
    await gateway.close();
    for (const { gnupgHome } of desks) {
      spawnSync('gpgconf', ['--homedir', gnupgHome, '--kill', 'gpg-agent'], { stdio: 'ignore' });
    }
    for (const dir of [dataDir, root]) {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('signs with the key NRM_KEY names, not the first secret key in the keyring', async () => {
    const { stdout } = await runAtDesk(
      astra,
      [
        '. ./setup.sh',
        'nrm_own_key',
        'NRM_KEY=$CPTV_KEY nrm_own_key',
        'NRM_KEY= nrm_own_key || echo refused',
        'NRM_KEY=0000000000000000000000000000000000000000 nrm_own_key || echo refused',
      ].join('\n'),
    );
    expect(stdout.trim().split('\n')).toEqual([
      readDemoAgency(dataDir, ASTRA).fingerprint.toUpperCase(),
      readDemoAgency(dataDir, 'rs.cptv').fingerprint.toUpperCase(),
      'refused',
      'refused',
    ]);
  });

  it('rejects a tampered payload (DECRYPTION_FAILED), a payload signed by another agency (SIGNATURE_INVALID) and one sealed to another key; the sender sees the codes', async () => {
    await runAtDesk(
      astra,
      [
        '. ./setup.sh',
        astraSends('tampered', true),
        astraSends('forged', false, '"$CPTV_KEY"'),
        astraSends('elsewhere', false, '"$NRM_KEY"', '"$CPTV_KEY"'),
        astraSends('good'),
      ].join('\n'),
    );
    const tampered = answerId('tampered');
    const forged = answerId('forged');
    const elsewhere = answerId('elsewhere');
    const good = answerId('good');
    for (const name of ['tampered', 'forged', 'elsewhere', 'good']) {
      expect(deskJson(astra, `${name}.answer.json`)).toMatchObject({ status: 'accepted' });
    }

    const { stdout, stderr } = await runAtDesk(lefoe, readmeBlock('receive'));
    expect(stderr).toContain('DECRYPTION_FAILED: the payload does not decrypt');
    expect(stderr).toContain(
      'SIGNATURE_INVALID: the payload is signed by ' +
        readDemoAgency(dataDir, 'rs.cptv').fingerprint.toUpperCase(),
    );
    const lines = jsonLines(stdout);
    expect(lines).toContainEqual(
      expect.objectContaining({
        id: tampered,
        recipient: LEFOE,
        status: 'rejected',
        code: 'DECRYPTION_FAILED',
      }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        id: forged,
        recipient: LEFOE,
        status: 'rejected',
        code: 'SIGNATURE_INVALID',
      }),
    );
    // Sealed to another agency's key: the sender's fault (DECRYPTION_FAILED), not a local
    // failure to use the partner's own key, which would leave it in the inbox.
    expect(lines).toContainEqual(
      expect.objectContaining({
        id: elsewhere,
        recipient: LEFOE,
        status: 'rejected',
        code: 'DECRYPTION_FAILED',
      }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ id: good, recipient: LEFOE, status: 'acknowledged' }),
    );
    expect(lines.filter((line) => line['status'] === 'acknowledged')).toHaveLength(1);

    // The sender follows its messages with the toolkit: rejected, with the code and the reason.
    const status = async (id: string) =>
      JSON.parse((await runAtDesk(astra, `. ./foreign-partner.sh; nrm_status ${id}`)).stdout) as {
        recipients: Record<string, unknown>[];
      };
    expect((await status(tampered)).recipients).toEqual([
      expect.objectContaining({
        agency: LEFOE,
        status: 'rejected',
        rejectionCode: 'DECRYPTION_FAILED',
        reason: `the payload does not decrypt with the key of ${LEFOE}`,
      }),
    ]);
    expect((await status(forged)).recipients).toEqual([
      expect.objectContaining({
        agency: LEFOE,
        status: 'rejected',
        rejectionCode: 'SIGNATURE_INVALID',
      }),
    ]);
    expect((await status(good)).recipients).toEqual([
      expect.objectContaining({ agency: LEFOE, status: 'acknowledged' }),
    ]);
    // Rejected for good: the inbox is empty.
    expect((await runAtDesk(lefoe, '. ./foreign-partner.sh; nrm_pull again')).stdout).toBe('');
  });

  it('refuses an envelope signed by a key that is not the sender’s (KEY_UNKNOWN) and one not addressed to it (FORBIDDEN)', async () => {
    // CPTV's key named as ASTRA's senderKey: gpg would verify it, the key directory says no.
    await runAtDesk(
      astra,
      ['. ./setup.sh', 'NRM_KEY=$CPTV_KEY', astraSends('borrowed')].join('\n'),
    ).catch((error: unknown) => error);
    const answer = deskJson(astra, 'borrowed.answer.json');
    // The gateway already refuses a senderKey that is not the sender’s; the toolkit does too.
    expect(answer).toMatchObject({
      error: { code: 'KEY_UNKNOWN' },
    });
    const dir = join(lefoe.dir, 'inbox', 'borrowed');
    mkdirSync(dir, { recursive: true });
    for (const [from, to] of [
      ['borrowed.envelope.json', 'envelope.json'],
      ['borrowed.envelope.json.asc', 'envelope.json.asc'],
      ['borrowed.gpg', 'payload.gpg'],
    ] as const) {
      copyFileSync(join(astra.dir, from), join(dir, to));
    }
    await expect(
      runAtDesk(lefoe, '. ./foreign-partner.sh; nrm_open inbox/borrowed'),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('KEY_UNKNOWN: the key'),
    });
    await expect(
      runAtDesk(lefoe, '. ./foreign-partner.sh; NRM_AGENCY=rs.cptv nrm_open inbox/borrowed'),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('FORBIDDEN') });
  });

  it('a passphrase-protected key: without the passphrase nothing is rejected; it opens with NRM_PASSPHRASE_FILE, and with gpg-agent holding the passphrase', async () => {
    const base = desk('protected', LEFOE);
    // The same registered key pair, now protected with a passphrase only the partner knows.
    const protectedKey = await encryptKey({
      privateKey: await readPrivateKey({ armoredKey: readDemoAgency(dataDir, LEFOE).privateKey }),
      passphrase: 'correct horse battery staple',
    });
    writeFileSync(join(base.dir, 'private-key.asc'), protectedKey.armor());
    const passphraseFile = join(base.dir, 'passphrase');
    writeFileSync(passphraseFile, 'correct horse battery staple', { mode: 0o600 });
    const withFile: PartnerDesk = { ...base, passphraseFile };
    await runAtDesk(withFile, '. ./foreign-partner.sh; nrm_import_key private-key.asc');
    const killAgent = () =>
      spawnSync('gpgconf', ['--homedir', base.gnupgHome, '--kill', 'gpg-agent'], {
        stdio: 'ignore',
      });

    await runAtDesk(astra, ['. ./setup.sh', astraSends('p1')].join('\n'));
    const p1 = answerId('p1');
    killAgent(); // nothing cached: gpg has no way to the passphrase
    const without = await runAtDesk(base, readmeBlock('receive'));
    expect(without.stdout).toBe('');
    expect(without.stderr).toContain('gpg could not use your secret key');
    const waiting = JSON.parse(
      (await runAtDesk(astra, `. ./foreign-partner.sh; nrm_status ${p1}`)).stdout,
    ) as { recipients: Record<string, unknown>[] };
    expect(waiting.recipients).toEqual([
      expect.objectContaining({ agency: LEFOE, status: 'delivered' }),
    ]);

    const opened = jsonLines((await runAtDesk(withFile, readmeBlock('receive'))).stdout);
    expect(opened).toContainEqual(
      expect.objectContaining({ id: p1, recipient: LEFOE, status: 'acknowledged' }),
    );

    if (!presetAvailable) {
      console.warn(`gpg-agent preset case skipped: ${PRESET} not found.`);
      return;
    }
    await runAtDesk(astra, ['. ./setup.sh', astraSends('p2')].join('\n'));
    const p2 = answerId('p2');
    killAgent();
    writeFileSync(join(base.gnupgHome, 'gpg-agent.conf'), 'allow-preset-passphrase\n');
    await runAtDesk(
      base,
      `for grip in $(gpg --with-colons --with-keygrip -K "$NRM_KEY" | awk -F: '$1 == "grp" { print $10 }'); do
         ${PRESET} --preset "$grip" <passphrase
       done`,
    );
    const agent = jsonLines((await runAtDesk(base, readmeBlock('receive'))).stdout);
    expect(agent).toContainEqual(
      expect.objectContaining({ id: p2, recipient: LEFOE, status: 'acknowledged' }),
    );
  }, 120_000);
});
