import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AT, testAgencyKey, type TestAgencyKey } from '../crypto/__fixtures__/agency-keys.js';
import { FakeGateway } from './__fixtures__/fake-gateway.js';
import { noteSchemas } from './__fixtures__/note-schemas.js';
import { NrmClient, type SendRequest } from './nrm-client.js';

// The SDK as a witness of the gateway's log: receipts' log proofs are verified and
// every checkpoint must extend the newest one this agency has seen.

let police: TestAgencyKey;
let cptv: TestAgencyKey;
let gatewayKey: TestAgencyKey;
let gateway: FakeGateway;
const dirs: string[] = [];
const now = (): Date => new Date(AT.getTime() + 60_000);

beforeAll(async () => {
  [police, cptv, gatewayKey] = await Promise.all([
    testAgencyKey('rs.police.belgrade-thb'),
    testAgencyKey('rs.cptv'),
    testAgencyKey('gateway'),
  ]);
});

beforeEach(async () => {
  gateway = await new FakeGateway(
    gatewayKey,
    new Map([
      ['rs.police.belgrade-thb', { token: 'tok-police', key: police }],
      ['rs.cptv', { token: 'tok-cptv', key: cptv }],
    ]),
    now,
  ).start();
});

afterEach(async () => {
  await gateway.close();
  for (const dir of dirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});

function policeClient(stateDir?: string, logVerifierKey?: string): NrmClient {
  const dir = stateDir ?? mkdtempSync(join(tmpdir(), 'nrm-witness-'));
  dirs.push(dir);
  return new NrmClient({
    gatewayUrl: gateway.url,
    token: 'tok-police',
    agencyId: police.agencyId,
    privateKey: police.private,
    stateDir: dir,
    schemas: noteSchemas,
    now,
    ...(logVerifierKey === undefined ? {} : { logVerifierKey }),
  });
}

const request: SendRequest = {
  type: 'nrm.test-note',
  version: 1,
  payload: { text: 'presumed victim, 16, needs shelter' },
  to: ['rs.cptv'],
  subject: 'sub_AbCdEf0123456789',
  purpose: 'identification',
  legalBasis: 'legal-obligation',
  subjectIsChild: true,
  area: 'RS-BG-11',
};

describe('the SDK witnesses the log', () => {
  it('verifies each receipt’s log proof and keeps the newest checkpoint across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nrm-witness-'));
    const first = await policeClient(dir).send(request);
    expect(first.receipt.log?.entries[0]?.index).toBe(0);
    await policeClient(dir).send(request);
    expect((await policeClient(dir).checkLog()).treeSize).toBe(2);
  });

  it('FORK_DETECTED when the log no longer extends the checkpoint of an earlier receipt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nrm-witness-'));
    const sent = await policeClient(dir).send(request);
    gateway.log.rewrite(0, { kind: 'fake-accepted', messageId: 'someone-else' });
    await expect(policeClient(dir).send(request)).rejects.toMatchObject({
      code: 'FORK_DETECTED',
      path: 'checkpoint',
    });
    await expect(policeClient(dir).checkLog()).rejects.toMatchObject({ code: 'FORK_DETECTED' });
    expect(sent.id).toBeTruthy();
  });

  it('FORK_DETECTED for a rollback: the gateway cannot prove the smaller tree is a prefix of the held one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nrm-witness-'));
    await policeClient(dir).send(request);
    await policeClient(dir).send(request);
    gateway.log.truncate(1);
    await expect(policeClient(dir).checkLog()).rejects.toMatchObject({ code: 'FORK_DETECTED' });
  });

  it('refuses a receipt whose log proof does not hold (SIGNATURE_INVALID at receipt.log…)', async () => {
    const honest = policeClient();
    await honest.send(request);
    // The fake gateway now proves against a tree it never signed: the proof fails.
    const original = gateway.log.proof.bind(gateway.log);
    gateway.log.proof = (index) => {
      const log = original(index);
      return { ...log, entries: log.entries.map((e) => ({ ...e, leaf: `${e.leaf} ` })) };
    };
    await expect(policeClient().send(request)).rejects.toMatchObject({
      code: 'SIGNATURE_INVALID',
      path: 'receipt.log.entries.0',
    });
  });

  it('FORK_DETECTED when the gateway publishes another note key than the one pinned out of band', async () => {
    const other = new FakeGateway(gatewayKey, new Map(), now);
    await expect(
      policeClient(undefined, other.log.signer.verifierKey).send(request),
    ).rejects.toMatchObject({ code: 'FORK_DETECTED' });
  });
});
