/**
 * The foreign partner's drop folder, with the partner's side done by real gpg: a referral
 * file signed and encrypted with `gpg --armor --sign --encrypt` is opened, mapped and sent
 * through a real gateway; ASTRA's answer comes back as an armored file the partner reads
 * with `gpg --decrypt`. Files not signed by the partner's key, or not armored, are refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '@nrm/schemas';
import { readDemoAgency } from '@nrm/gateway';
import { NrmClient, readAgencyPrivateKey, readPublicKeys } from '@nrm/client';
import { adapter as cptvAdapter } from '../../src/adapters/cptv/index.js';
import { context as cptvContext } from '../../src/adapters/cptv/conformance.js';
import type { CptvRecord } from '../../src/adapters/cptv/native.js';
import { armoredSink, openArmoredDrop } from '../../src/adapters/foreign-partner/armored-drop.js';
import { context as partnerContext } from '../../src/adapters/foreign-partner/conformance.js';
import { adapter as partnerAdapter } from '../../src/adapters/foreign-partner/index.js';
import { folderSink } from '../../src/sdk/sinks.js';
import { importDropFolder } from '../../src/sdk/sources.js';
import { startHarness, type Harness } from '../gateway-harness.js';

const gpgMissing = spawnSync('gpg', ['--version'], { stdio: 'ignore' }).status !== 0;
if (gpgMissing) {
  console.warn('foreign-partner drop folder skipped: gpg is not on the PATH.');
}

describe.skipIf(gpgMissing)('foreign partner: gpg-armored drop folder both ways', () => {
  let harness: Harness;
  const home = mkdtempSync(join(tmpdir(), 'nrm-partner-gpg-'));
  const gpg = (args: string[], input?: string) => {
    const result = spawnSync(
      'gpg',
      [
        '--homedir',
        home,
        '--batch',
        '--yes',
        '--pinentry-mode',
        'loopback',
        '--passphrase',
        '',
        '--trust-model',
        'always',
        ...args,
      ],
      { input: input ?? '' },
    );
    if (result.status !== 0) {
      throw new Error(`gpg ${args.join(' ')}: ${result.stderr.toString()}`);
    }
    return result.stdout.toString();
  };
  let fingerprint: string;
  let drop: string;

  beforeAll(async () => {
    harness = await startHarness();
    const partner = readDemoAgency(join(harness.dir, 'gateway'), 'at.lefoe-ibf');
    fingerprint = partner.fingerprint;
    gpg(['--import'], partner.privateKey);
    drop = join(harness.dir, 'partner-drop');
    mkdirSync(drop, { recursive: true });
  });

  afterAll(async () => {
    spawnSync('gpgconf', ['--homedir', home, '--kill', 'gpg-agent'], { stdio: 'ignore' });
    rmSync(home, { recursive: true, force: true });
    await harness.close();
  });

  /** The partner's staff: write the English file, sign and encrypt it with gpg, drop it. */
  function dropReferral(name: string, reference: string, signer = fingerprint): void {
    const file = JSON.parse(
      readFileSync(
        new URL(
          '../../src/adapters/foreign-partner/__fixtures__/LEFOE-2026-0041.json',
          import.meta.url,
        ),
        'utf8',
      ),
    ) as Record<string, Record<string, unknown>>;
    const now = Date.now();
    const plain = join(harness.dir, `${name}.json`);
    writeFileSync(
      plain,
      JSON.stringify({
        ...file,
        caseReference: reference,
        preparedAt: new Date(now).toISOString(),
        consent: {
          ...file.consent,
          obtainedAt: new Date(now - 600_000).toISOString(),
          validUntil: new Date(now + 365 * 86_400_000).toISOString(),
        },
      }),
    );
    gpg([
      '--armor',
      '--local-user',
      signer,
      '--recipient',
      fingerprint,
      '--sign',
      '--encrypt',
      '--output',
      join(drop, `${name}.json.asc`),
      plain,
    ]);
  }

  it('opens a gpg-signed, encrypted referral and sends it; refuses a stranger’s file and a plain one', async () => {
    dropReferral('a-referral', 'LEFOE-2026-0051');
    // A key the partner never registered signs the second file.
    gpg(['--quick-gen-key', 'stranger@example.org', 'ed25519', 'sign', 'never']);
    const listing = gpg(['--list-secret-keys', '--with-colons', 'stranger@example.org']);
    const stranger = /fpr:+([0-9A-F]+):/.exec(listing)![1]!;
    dropReferral('b-stranger', 'LEFOE-2026-0052', stranger);
    writeFileSync(join(drop, 'c-plain.json'), '{"caseReference":"LEFOE-2026-0053"}');

    const demo = readDemoAgency(join(harness.dir, 'gateway'), 'at.lefoe-ibf');
    const runner = await harness.runner(partnerAdapter, partnerContext, 'partner');
    const summaries = await importDropFolder(runner, {
      dir: drop,
      unwrap: openArmoredDrop({
        decryptionKeys: [await readAgencyPrivateKey(demo.privateKey)],
        signerKeys: await readPublicKeys(demo.publicKey),
      }),
    });
    const rejects = readFileSync(runner.rejects.file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { nativeId: string; code: string });
    runner.close();
    expect(summaries).toEqual({
      'a-referral.json.asc': { sent: 1, skipped: 0, rejected: 0, rejects: [] },
    });
    expect(rejects.map((reject) => [reject.nativeId, reject.code])).toEqual([
      ['b-stranger.json.asc', 'KEY_UNKNOWN'],
      ['c-plain.json', 'UNSUPPORTED_MEDIA_TYPE'],
    ]);
    expect(readdirSync(join(drop, 'rejected')).sort()).toEqual([
      'b-stranger.json.asc',
      'c-plain.json',
    ]);

    const cptv = await harness.runner(cptvAdapter, cptvContext, 'cptv');
    const out = join(harness.dir, 'cptv-out');
    const pulled = await cptv.pullInbox(folderSink(out, 'json'));
    cptv.close();
    const kinds = pulled.written.map(
      (id) =>
        (JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8')) as { zapisi: CptvRecord[] })
          .zapisi[0]!,
    );
    expect(kinds.map((record) => record.vrsta).sort()).toEqual([
      'MEDJUNARODNO_UPUCIVANJE',
      'SAGLASNOST',
    ]);
    const referral = kinds.find((record) => record.vrsta === 'MEDJUNARODNO_UPUCIVANJE')!;
    expect(referral.posiljalac).toBe('at.lefoe-ibf');
    expect(referral.sadrzaj).toMatchObject({
      senderCountry: 'AT',
      returnRiskAssessment: { destination: 'RS' },
    });
    consentRef = referral.saglasnosti[0]!;
    subject = referral.lice;
  });

  let consentRef = '';
  let subject = '';

  it('writes ASTRA’s answer as an armored file the partner opens with gpg --decrypt', async () => {
    const astraDemo = readDemoAgency(join(harness.dir, 'gateway'), 'rs.astra');
    const astra = new NrmClient({
      ...(await harness.clientFor('rs.astra')),
      token: astraDemo.token,
      stateDir: join(harness.dir, 'astra-state'),
    });
    await astra.send({
      type: 'nrm.service-update',
      version: 1,
      payload: CATALOGUE.get('nrm.service-update')!.examples[1],
      to: ['at.lefoe-ibf'],
      subject,
      purpose: 'assistance',
      legalBasis: 'consent',
      consentRefs: [consentRef],
      subjectIsChild: false,
    });
    const demo = readDemoAgency(join(harness.dir, 'gateway'), 'at.lefoe-ibf');
    const key = await readAgencyPrivateKey(demo.privateKey);
    const runner = await harness.runner(partnerAdapter, partnerContext, 'partner');
    const outbox = join(harness.dir, 'partner-outbox');
    const pulled = await runner.pullInbox(
      armoredSink(folderSink(outbox, 'json.asc'), {
        recipients: await readPublicKeys(demo.publicKey),
        signer: key,
      }),
    );
    runner.close();
    expect(pulled.written).toHaveLength(1);
    const armored = readFileSync(join(outbox, `${pulled.written[0]!}.json.asc`), 'utf8');
    expect(armored.startsWith('-----BEGIN PGP MESSAGE-----')).toBe(true);
    const notice = JSON.parse(gpg(['--decrypt'], armored)) as Record<string, unknown>;
    expect(notice).toMatchObject({ kind: 'service update', from: 'rs.astra', person: subject });
  });
});
