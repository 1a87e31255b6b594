import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AT, testAgencyKey, type TestAgencyKey } from '../crypto/__fixtures__/agency-keys.js';
import { readAgencyPrivateKey, readPublicKeys, keyValidityAt } from '../crypto/index.js';
import { FakeGateway } from '../sdk/__fixtures__/fake-gateway.js';
import { noteSchemas } from '../sdk/__fixtures__/note-schemas.js';
import { FILES } from './agency-folder.js';
import { runCli, type CliEnvironment } from './program.js';

let cwd: string;
let out: string[];
let err: string[];
let env: Record<string, string | undefined>;
const now = (): Date => new Date(AT.getTime() + 60_000);

function io(): CliEnvironment {
  return {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env,
    now,
    cwd,
    schemas: noteSchemas,
  };
}
const run = (...argv: string[]) => runCli(argv, io());

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'nrm-cli-'));
  out = [];
  err = [];
  env = {};
});
afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe('nrm init and keys', () => {
  it('init creates ./<agencyId>; keys export prints the public key', async () => {
    expect(await run('init', 'rs.astra')).toBe(0);
    expect(out.join('')).toMatch(/initialised rs\.astra .*\nfingerprint [0-9a-f]{40}/);
    out = [];
    expect(await run('keys', 'export', '--dir', 'rs.astra')).toBe(0);
    const [key] = await readPublicKeys(out.join(''));
    expect(key!.getUserIDs()).toEqual(['rs.astra']);
  });

  it('init a second time fails with ID_CONFLICT and exit code 1', async () => {
    await run('init', 'rs.astra');
    expect(await run('init', 'rs.astra')).toBe(1);
    expect(err.join('')).toMatch(/^error ID_CONFLICT: .*already holds an agency key/);
  });

  it('NRM_PASSPHRASE protects the key; --valid-days sets its expiry', async () => {
    env['NRM_PASSPHRASE'] = 'pass words';
    expect(await run('init', 'rs.astra', '--valid-days', '365')).toBe(0);
    const armored = readFileSync(join(cwd, 'rs.astra', FILES.privateKey), 'utf8');
    await expect(readAgencyPrivateKey(armored)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const key = await readAgencyPrivateKey(armored, 'pass words');
    expect(await key.getExpirationTime()).toEqual(new Date(now().getTime() + 365 * 86_400_000));
  });

  it('keys rotate and keys revoke (NRM_AGENCY_DIR)', async () => {
    await run('init', 'rs.astra');
    env['NRM_AGENCY_DIR'] = 'rs.astra';
    const first = readFileSync(join(cwd, 'rs.astra', FILES.fingerprint), 'utf8').trim();
    expect(await run('keys', 'rotate')).toBe(0);
    expect(out.join('')).toContain(`retired ${first}`);
    expect(existsSync(join(cwd, 'rs.astra', 'retired', `${first}.private-key.asc`))).toBe(true);
    out = [];
    expect(await run('keys', 'revoke', '--reason', 'superseded')).toBe(0);
    const [revoked] = await readPublicKeys(out.join(''));
    expect(await keyValidityAt(revoked!, now())).toBe('revoked');
  });

  it('usage errors exit non-zero without a stack', async () => {
    expect(await run('keys', 'revoke', '--reason', 'bored')).not.toBe(0);
    expect(err.join('')).toContain("argument 'bored' is invalid");
    expect(await run('init', 'rs.astra', '--valid-days', '-3')).toBe(1);
    expect(err.join('')).toContain('expected a positive integer');
    expect(await run('send', 'p.json')).not.toBe(0);
    expect(err.join('')).not.toMatch(/\n\s+at /);
  });

  it('nrm log verify runs the transparency log verifier and returns its exit code', async () => {
    writeFileSync(join(cwd, 'gateway.pub.asc'), 'not a key');
    expect(await run('log', 'verify', 'missing.jsonl', '--key', 'gateway.pub.asc')).toBe(2);
    expect(err.join('')).toMatch(/nrm log verify: .*missing\.jsonl/);
  });

  it('a command on a folder that is not an agency folder says so', async () => {
    expect(
      await run(
        'send',
        'p.json',
        '--type',
        'nrm.test-note',
        '--to',
        'rs.cptv',
        '--subject',
        'sub_AbCdEf0123456789',
        '--purpose',
        'assistance',
        '--legal-basis',
        'consent',
        '--gateway',
        'http://x',
      ),
    ).toBe(1);
    expect(err.join('')).toMatch(/error NOT_FOUND: .* is not an agency folder/);
  });
});

describe('nrm send, inbox fetch, status (against an in-memory gateway)', () => {
  let gateway: FakeGateway;
  let gatewayFingerprint: string;
  let cptv: TestAgencyKey;

  beforeEach(async () => {
    // The sender is made by `nrm init`; the fake gateway registers its key from the folder.
    await run('init', 'rs.police.belgrade-thb');
    const policeKey = await readAgencyPrivateKey(
      readFileSync(join(cwd, 'rs.police.belgrade-thb', FILES.privateKey), 'utf8'),
    );
    const policePublic = readFileSync(join(cwd, 'rs.police.belgrade-thb', FILES.publicKey), 'utf8');
    const [policePublicKey] = await readPublicKeys(policePublic);
    const police: TestAgencyKey = {
      agencyId: 'rs.police.belgrade-thb',
      private: policeKey,
      public: policePublicKey!,
      privateKey: '',
      publicKey: policePublic,
      revocationCertificate: '',
      fingerprint: policeKey.getFingerprint(),
    };
    cptv = await testAgencyKey('rs.cptv');
    const gatewayKey = await testAgencyKey('gateway');
    gatewayFingerprint = gatewayKey.fingerprint;
    gateway = await new FakeGateway(
      gatewayKey,
      new Map([
        ['rs.police.belgrade-thb', { token: 'tok-police', key: police }],
        ['rs.cptv', { token: 'tok-cptv', key: cptv }],
      ]),
      now,
    ).start();
    writeFileSync(join(cwd, 'rs.police.belgrade-thb', FILES.token), 'tok-police\n');
    // The recipient's folder in the seed's layout.
    const cptvDir = join(cwd, 'rs.cptv');
    rmSync(cptvDir, { recursive: true, force: true });
    mkdirSync(cptvDir);
    writeFileSync(
      join(cptvDir, FILES.agency),
      JSON.stringify({ id: 'rs.cptv', kind: 'competent-authority' }),
    );
    writeFileSync(join(cptvDir, FILES.privateKey), cptv.privateKey);
    writeFileSync(join(cptvDir, FILES.publicKey), cptv.publicKey);
    env['NRM_GATEWAY_URL'] = gateway.url;
    out = [];
  });
  afterEach(async () => {
    await gateway.close();
  });

  it('a message sent with nrm send arrives with nrm inbox fetch, and status shows it acknowledged', async () => {
    writeFileSync(
      join(cwd, 'note.json'),
      JSON.stringify({ text: 'please call back', health: 'needs a doctor' }),
    );
    const sendArgs = [
      'send',
      'note.json',
      '--dir',
      'rs.police.belgrade-thb',
      '--type',
      'nrm.test-note',
      '--to',
      'rs.cptv',
      '--subject',
      'sub_AbCdEf0123456789',
      '--purpose',
      'assistance',
      '--legal-basis',
      'consent',
      '--consent-ref',
      '0190d5b4-7f3a-7c3e-9b1a-2f4e5d6c7b8a',
    ];
    expect(await run(...sendArgs)).toBe(0);
    const sent = JSON.parse(out.join('')) as {
      id: string;
      status: string;
      dataCategories: string[];
    };
    expect(sent).toMatchObject({ status: 'accepted', dataCategories: ['process', 'health'] });

    out = [];
    expect(
      await run('inbox', 'fetch', '--dir', 'rs.cptv', '--token', 'tok-cptv', '--out', 'received'),
    ).toBe(0);
    expect(out.join('')).toContain(
      `received ${sent.id} nrm.test-note v1 from rs.police.belgrade-thb`,
    );
    expect(out.join('')).toContain('1 received, 0 rejected');
    const folder = join(cwd, 'received', sent.id);
    expect(JSON.parse(readFileSync(join(folder, 'payload.json'), 'utf8'))).toEqual({
      body: 'please call back',
      health: 'needs a doctor',
    });
    expect(JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8'))).toMatchObject({
      payloadVersion: 2,
      signerFingerprint: readFileSync(
        join(cwd, 'rs.police.belgrade-thb', FILES.fingerprint),
        'utf8',
      ).trim(),
    });
    expect(readFileSync(join(folder, 'envelope.json'))).toEqual(
      Buffer.from(gateway.messages.get(sent.id)!.envelope, 'base64'),
    );

    out = [];
    expect(await run('status', sent.id, '--dir', 'rs.police.belgrade-thb')).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({
      id: sent.id,
      recipients: [{ agency: 'rs.cptv', status: 'acknowledged' }],
    });
  });

  it('a refused multi-recipient send prints every refused recipient with its reason', async () => {
    writeFileSync(join(cwd, 'note.json'), JSON.stringify({ text: 'x' }));
    gateway.refuseSubmissions = {
      code: 'CONSENT_MISSING',
      message: 'rs.cptv: discloser-not-covered: … | rs.csw.belgrade: no-consent: …',
      path: 'envelope.to.0',
      refused: [
        {
          agency: 'rs.cptv',
          path: 'envelope.to.0',
          detail: 'discloser-not-covered',
          message:
            'consent c1 was recorded by rs.astra and does not let rs.police.belgrade-thb (police) disclose under it',
        },
        {
          agency: 'rs.csw.belgrade',
          path: 'envelope.to.1',
          detail: 'no-consent',
          message: 'no consent for sub_AbCdEf0123456789 was cited (consentRefs is empty)',
        },
      ],
    };
    const code = await run(
      'send',
      'note.json',
      '--dir',
      'rs.police.belgrade-thb',
      '--type',
      'nrm.test-note',
      '--to',
      'rs.cptv',
      '--subject',
      'sub_AbCdEf0123456789',
      '--purpose',
      'assistance',
      '--legal-basis',
      'consent',
    );
    expect(code).toBe(1);
    expect(err.join('')).toBe(
      [
        'error CONSENT_MISSING: 2 recipients refused',
        '  rs.cptv (at envelope.to.0): discloser-not-covered: consent c1 was recorded by rs.astra and does not let rs.police.belgrade-thb (police) disclose under it',
        '  rs.csw.belgrade (at envelope.to.1): no-consent: no consent for sub_AbCdEf0123456789 was cited (consentRefs is empty)',
        '',
      ].join('\n'),
    );
  });

  it('a rejected message is written as <id>.rejected.json', async () => {
    writeFileSync(join(cwd, 'note.json'), JSON.stringify({ text: 'x' }));
    await run(
      'send',
      'note.json',
      '--dir',
      'rs.police.belgrade-thb',
      '--type',
      'nrm.test-note',
      '--to',
      'rs.cptv',
      '--subject',
      'sub_AbCdEf0123456789',
      '--purpose',
      'assistance',
      '--legal-basis',
      'consent',
    );
    const { id } = JSON.parse(out.join('')) as { id: string };
    gateway.messages.get(id)!.payload = Buffer.from('garbage').toString('base64');
    out = [];
    expect(
      await run('inbox', 'fetch', '--dir', 'rs.cptv', '--token', 'tok-cptv', '--out', 'received'),
    ).toBe(0);
    expect(out.join('')).toContain('0 received, 1 rejected');
    expect(readdirSync(join(cwd, 'received'))).toEqual([`${id}.rejected.json`]);
    expect(
      JSON.parse(readFileSync(join(cwd, 'received', `${id}.rejected.json`), 'utf8')),
    ).toMatchObject({ rejected: true, error: { code: 'DIGEST_MISMATCH' } });
    expect(out.join('')).toContain(`rejected ${id}: DIGEST_MISMATCH`);

    // The sender's `nrm status` shows the rejection and its code.
    out = [];
    err = [];
    expect(await run('status', id, '--dir', 'rs.police.belgrade-thb')).toBe(0);
    const status = JSON.parse(out.join('')) as { recipients: Record<string, unknown>[] };
    expect(status.recipients[0]).toMatchObject({
      agency: 'rs.cptv',
      status: 'rejected',
      rejectionCode: 'DIGEST_MISMATCH',
    });
    expect(err.join('')).toContain('rejected by rs.cptv (DIGEST_MISMATCH)');
  });

  it('gateway-key prints the served key as gpg does; --expect makes a mismatch KEY_UNKNOWN', async () => {
    const dir = ['--dir', 'rs.police.belgrade-thb'];
    expect(await run('gateway-key', ...dir)).toBe(0);
    const printed = out.join('');
    const shown = /^gateway key ([0-9A-F ]+)\n/.exec(printed)?.[1];
    expect(shown?.replaceAll(' ', '').toLowerCase()).toBe(gatewayFingerprint);
    expect(printed).toContain(`source      ${gateway.url}/v1/keys/gateway\n`);
    expect(await run('gateway-key', ...dir, '--expect', shown!)).toBe(0);
    expect(await run('gateway-key', ...dir, '--expect', '0'.repeat(40))).toBe(1);
    expect(err.pop()).toMatch(/^error KEY_UNKNOWN: The gateway key is .* \(at expect\)\n$/);
    delete env['NRM_GATEWAY_URL'];
    expect(await run('gateway-key', ...dir)).toBe(1);
    expect(err.pop()).toBe(
      'error BAD_REQUEST: No gateway URL: pass --gateway, set NRM_GATEWAY_URL. (at gateway)\n',
    );
    expect(await run('gateway-key', '--dir', '.', '--gateway', gateway.url)).toBe(1);
    expect(err.pop()).toMatch(/^error UNAUTHENTICATED: No token.* \(at token\)\n$/);
  });

  it('send reports a bad payload file, a missing token, a missing gateway, and an unreachable gateway', async () => {
    writeFileSync(join(cwd, 'bad.json'), '{');
    const base = [
      '--dir',
      'rs.police.belgrade-thb',
      '--type',
      'nrm.test-note',
      '--to',
      'rs.cptv',
      '--subject',
      'sub_AbCdEf0123456789',
      '--purpose',
      'assistance',
      '--legal-basis',
      'consent',
    ];
    expect(await run('send', 'bad.json', ...base)).toBe(1);
    expect(err.pop()).toMatch(/error SCHEMA_INVALID: bad.json is not a readable JSON file/);
    writeFileSync(join(cwd, 'note.json'), JSON.stringify({ text: 'x' }));
    rmSync(join(cwd, 'rs.police.belgrade-thb', FILES.token));
    expect(await run('send', 'note.json', ...base)).toBe(1);
    expect(err.pop()).toMatch(/error UNAUTHENTICATED: No token/);
    delete env['NRM_GATEWAY_URL'];
    expect(await run('send', 'note.json', ...base, '--token', 'tok-police')).toBe(1);
    expect(err.pop()).toMatch(/error BAD_REQUEST: No gateway URL/);
    expect(
      await run(
        'send',
        'note.json',
        ...base,
        '--token',
        'tok-police',
        '--gateway',
        await closedPortUrl(),
      ),
    ).toBe(1);
    expect(err.pop()).toMatch(/ECONNREFUSED/);
    expect(
      await run('send', 'note.json', ...base, '--token', 'wrong', '--gateway', gateway.url),
    ).toBe(1);
    expect(err.pop()).toMatch(/error UNAUTHENTICATED/);
  });
});

/** A URL on a port that was free a moment ago: connecting is refused. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${String(port)}`;
}
