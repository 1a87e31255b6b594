/**
 * A foreign partner with nothing but `gpg`, `sha256sum` and `curl` (ADR 0002, SCENARIOS S3):
 * its gpg-generated key is registered by the operator; it fetches CPTV's key over HTTP,
 * encrypts and signs the payload with gpg, signs the envelope bytes with
 * `gpg --armor --detach-sign`, submits with `curl -F`, and CPTV opens it with the SDK.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { CATALOGUE } from '@nrm/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient } from '../../src/cli/admin-client.js';
import { NrmClient, readAgencyPrivateKey, uuidv7, type InboxItem } from '@nrm/client';
import { readDemoAdminToken, readDemoAgency } from '../../src/seed/seed-demo.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { GnupgHome, gpgAvailable } from './gnupg.js';
import { testDatabase } from '../test-database.js';

const execFileAsync = promisify(execFile);
const curlAvailable = spawnSync('curl', ['--version'], { stdio: 'ignore' }).status === 0;
const available = gpgAvailable() && curlAvailable;
if (!available) {
  console.warn('curl + gpg path skipped: `gpg` or `curl` is not on the PATH.');
}

/**
 * curl, run asynchronously: the gateway under test lives in this process, so a synchronous
 * child process would block the very event loop that has to answer it.
 */
async function curl(args: readonly string[]): Promise<{ status: number; body: unknown }> {
  const { stdout } = await execFileAsync(
    'curl',
    ['-sS', '--max-time', '20', '-w', '\n%{http_code}', ...args],
    {
      encoding: 'utf8',
    },
  );
  const lines = stdout.trimEnd().split('\n');
  const status = Number(lines.pop());
  return { status, body: JSON.parse(lines.join('\n')) as unknown };
}

describe.skipIf(!available)('gpg + curl against the gateway', () => {
  let gateway: RunningGateway;
  let dataDir: string;
  let work: string;
  let gnupg: GnupgHome;
  let partnerFingerprint: string;
  let token: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'nrm-curl-'));
    work = mkdtempSync(join(tmpdir(), 'nrm-partner-'));
    gateway = await startGateway({
      dataDir,
      ...(await testDatabase(dataDir)),
      port: 0,
      server: { logger: false },
    });
    gnupg = new GnupgHome();
    partnerFingerprint = gnupg.generateKey('at.lefoe-ibf');
    // The operator registers the partner's gpg key (the partner mailed its public key).
    const operator = adminClient(gateway.url, readDemoAdminToken(dataDir, 'operator'));
    const publicKey = gnupg.run(['--armor', '--export', partnerFingerprint]).stdout.toString();
    await operator.keys.register.mutate({ agencyId: 'at.lefoe-ibf', publicKey });
    token = readDemoAgency(dataDir, 'at.lefoe-ibf').token;
  });

  afterAll(async () => {
    await gateway.close();
    gnupg[Symbol.dispose]();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('a consent record sealed and signed with gpg, submitted with curl -F, opens at CPTV with the SDK', async () => {
    // 1. CPTV's public key over HTTP, into gpg.
    const keys = await curl([
      '-H',
      `Authorization: Bearer ${token}`,
      `${gateway.url}/v1/keys/rs.cptv`,
    ]);
    expect(keys.status).toBe(200);
    const cptvKey = (keys.body as { keys: { publicKey: string; fingerprint: string }[] }).keys[0]!;
    gnupg.run(['--import'], cptvKey.publicKey);

    // 2. The payload: the consent the partner obtained, encrypted to CPTV and signed.
    const now = Date.now();
    const consent = {
      ...(CATALOGUE.get('nrm.consent-record')!.examples[1] as Record<string, unknown>),
      id: randomUUID(),
      subject: 'sub_LefoeReferral00000001',
      controller: 'at.lefoe-ibf',
      recipients: [{ by: 'agency', agency: 'rs.cptv' }],
      purposes: ['identification'],
      categories: ['identity', 'process'],
      obtainedAt: new Date(now - 120_000).toISOString(),
      validFrom: new Date(now - 60_000).toISOString(),
      validUntil: new Date(now + 86_400_000).toISOString(),
      language: 'de',
    };
    writeFileSync(join(work, 'consent.json'), JSON.stringify(consent));
    gnupg.run([
      '--trust-model',
      'always',
      '--local-user',
      partnerFingerprint,
      '--recipient',
      cptvKey.fingerprint,
      '--output',
      join(work, 'payload.gpg'),
      '--encrypt',
      '--sign',
      join(work, 'consent.json'),
    ]);
    gnupg.run([
      '--armor',
      '--local-user',
      partnerFingerprint,
      '--output',
      join(work, 'consent.json.asc'),
      '--detach-sign',
      join(work, 'consent.json'),
    ]);
    const digest = spawnSync('sha256sum', [join(work, 'payload.gpg')], {
      encoding: 'utf8',
    }).stdout.split(' ')[0]!;

    // 3. The envelope, written by hand and signed as bytes.
    const envelope = {
      id: uuidv7(new Date()),
      type: 'nrm.consent-record',
      version: 1,
      from: 'at.lefoe-ibf',
      to: ['rs.cptv'],
      subject: consent.subject,
      purpose: 'identification',
      legalBasis: 'consent',
      consentRefs: [consent.id],
      dataCategories: ['identity', 'process'],
      subjectIsChild: false,
      createdAt: new Date().toISOString(),
      expiresAt: new Date(now + 7 * 86_400_000).toISOString(),
      payloadDigest: `sha256:${digest}`,
      senderKey: partnerFingerprint.toUpperCase(),
    };
    writeFileSync(join(work, 'envelope.json'), `${JSON.stringify(envelope, null, 2)}\n`);
    gnupg.run([
      '--armor',
      '--local-user',
      partnerFingerprint,
      '--output',
      join(work, 'envelope.json.asc'),
      '--detach-sign',
      join(work, 'envelope.json'),
    ]);

    // 4. Submit with curl multipart.
    const submitted = await curl([
      '-H',
      `Authorization: Bearer ${token}`,
      '-F',
      `envelope=@${join(work, 'envelope.json')}`,
      '-F',
      `envelopeSignature=@${join(work, 'envelope.json.asc')}`,
      '-F',
      `payload=@${join(work, 'payload.gpg')}`,
      '-F',
      `consentScope=@${join(work, 'consent.json')}`,
      '-F',
      `consentScopeSignature=@${join(work, 'consent.json.asc')}`,
      `${gateway.url}/v1/messages`,
    ]);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(202);
    expect(submitted.body).toMatchObject({ id: envelope.id, status: 'accepted' });

    // 5. CPTV's SDK opens it: the signer is the partner's gpg key, the envelope bytes are the partner's.
    const cptv = readDemoAgency(dataDir, 'rs.cptv');
    const stateDir = join(work, 'cptv-state');
    const client = new NrmClient({
      gatewayUrl: gateway.url,
      token: cptv.token,
      agencyId: 'rs.cptv',
      privateKey: await readAgencyPrivateKey(cptv.privateKey),
      stateDir,
    });
    const items: InboxItem[] = [];
    for await (const item of client.inbox()) {
      items.push(item);
    }
    expect(items).toHaveLength(1);
    const item = items[0]!;
    if (!item.ok) {
      throw item.error;
    }
    expect(item.message.id).toBe(envelope.id);
    expect(item.message.signerFingerprint).toBe(partnerFingerprint);
    // A v1 consent is read as v2 with no disclosers: only its controller may rely on it.
    expect(item.message.payload).toEqual({ ...consent, disclosers: [] });
    expect(Buffer.from(item.message.envelopeBytes)).toEqual(
      readFileSync(join(work, 'envelope.json')),
    );

    // 6. The partner follows the status with curl: acknowledged by CPTV.
    const status = await curl([
      '-H',
      `Authorization: Bearer ${token}`,
      `${gateway.url}/v1/messages/${envelope.id}/status`,
    ]);
    expect(status.body).toMatchObject({
      id: envelope.id,
      recipients: [{ agency: 'rs.cptv', status: 'acknowledged' }],
    });
  });
});
