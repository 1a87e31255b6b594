/**
 * The procedures behind the admin app against a real gateway on a throwaway SQLite store:
 * the role matrix of every new procedure, the competent authority's signed statistics (and
 * each way a publication is refused), the message trace, the log badge's data and /admin.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayRouter } from '../../src/api/trpc-router.js';
import { readAgencyPrivateKey, signDetached } from '@nrm/client/crypto';
import { demoCaseRegister } from '../../src/demo/figures/case-register.js';
import { figuresDocument, publishDemoFigures } from '../../src/demo/figures/publish-figures.js';
import { readDemoAdminToken } from '../../src/seed/index.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { fromHex, verifyConsistency } from '@nrm/client/transparency';

let dir: string;
let gateway: RunningGateway;
const adminDir = () => join(dir, 'admin-dist');

const clientWith = (token: string) =>
  createTRPCClient<GatewayRouter>({
    links: [
      httpLink({ url: `${gateway.url}/trpc`, headers: { authorization: `Bearer ${token}` } }),
    ],
  });
const as = (role: 'dpo' | 'operator' | 'auditor') => clientWith(readDemoAdminToken(dir, role));
const agencyFile = (agency: string, name: string) =>
  readFileSync(join(dir, 'demo-agencies', agency, name), 'utf8').trim();

/** The gateway's stable code (and path) of a refused call. */
async function refusal(call: Promise<unknown>): Promise<{ code: unknown; path?: unknown }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) {
      const data = error.data as { gatewayCode?: unknown; path?: unknown };
      return { code: data.gatewayCode, ...(data.path === undefined ? {} : { path: data.path }) };
    }
    throw error;
  }
  throw new Error('the call was not refused');
}

async function signedBy(agency: string, document: string) {
  const key = await readAgencyPrivateKey(agencyFile(agency, 'private-key.asc'));
  return signDetached(new TextEncoder().encode(document), key, new Date());
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nrm-admin-procedures-'));
  mkdirSync(adminDir(), { recursive: true });
  gateway = await startGateway({
    dataDir: dir,
    server: { logger: false, adminDir: adminDir() },
  });
});

afterAll(async () => {
  await gateway?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('role checks on the admin procedures', () => {
  it('refuses each procedure to the roles it is not for with FORBIDDEN', async () => {
    const id = crypto.randomUUID();
    const refusedTo = {
      dpo: [
        () => as('dpo').operations.queues.query(),
        () => as('dpo').operations.throughput.query({}),
        () => as('dpo').operations.trace.query({ id }),
        () => as('dpo').operations.deadLetters.query({}),
      ],
      auditor: [() => as('auditor').operations.queues.query()],
      operator: [
        () => as('operator').accountability.envelopeFigures.query({ fromYear: 2026, toYear: 2026 }),
        () => as('operator').accountability.published.query(),
        () => as('operator').accountability.cases.query({ phase: 'received' }),
        () => as('operator').consents.byAgency.query({ agencyId: 'rs.cptv' }),
        () => as('operator').log.verification.query({}),
      ],
    };
    for (const calls of Object.values(refusedTo)) {
      for (const call of calls) {
        expect(await refusal(call())).toMatchObject({ code: 'FORBIDDEN' });
      }
    }
    // Publishing is for a competent authority's own credential, never an admin or another agency.
    const body = { document: '{}', signature: 'x' };
    expect(await refusal(as('auditor').accountability.publish.mutate(body))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const police = clientWith(agencyFile('rs.police.belgrade-thb', 'token'));
    expect(await refusal(police.accountability.publish.mutate(body))).toMatchObject({
      code: 'FORBIDDEN',
    });
    // And an agency credential opens none of the admin pages.
    expect(await refusal(police.accountability.procedureMap.query())).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('published statistics (signed, suppressed aggregate)', () => {
  const cptv = () => clientWith(agencyFile('rs.cptv', 'token'));

  it('before any publication the figures are null and the map has no counts', async () => {
    expect(await as('auditor').accountability.published.query()).toBeNull();
    const map = await as('operator').accountability.procedureMap.query();
    expect(map.asOf).toBeNull();
    expect(map.phases.map((p) => p.cases)).toEqual(map.phases.map(() => null));
    expect(
      await refusal(as('dpo').accountability.cases.query({ phase: 'received' })),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a bad signature, a document that is not JSON, another publisher and an unsuppressed count, naming the path', async () => {
    const document = JSON.stringify(figuresDocument(demoCaseRegister(new Date()), new Date()));
    const police = await signedBy('rs.police.belgrade-thb', document);
    expect(
      await refusal(cptv().accountability.publish.mutate({ document, signature: police })),
    ).toEqual({
      code: 'KEY_UNKNOWN',
      path: 'signature',
    });
    const altered = document.replace('"k":5', '"k":6');
    expect(
      await refusal(
        cptv().accountability.publish.mutate({
          document: altered,
          signature: await signedBy('rs.cptv', document),
        }),
      ),
    ).toEqual({ code: 'SIGNATURE_INVALID', path: 'signature' });
    expect(
      await refusal(
        cptv().accountability.publish.mutate({
          document: 'not json',
          signature: await signedBy('rs.cptv', 'not json'),
        }),
      ),
    ).toEqual({ code: 'SCHEMA_INVALID', path: 'document' });

    // A threshold below the gateway's minimum fails the schema, naming the field.
    const lowK = JSON.stringify({ ...JSON.parse(document), k: 2 });
    expect(
      await refusal(
        cptv().accountability.publish.mutate({
          document: lowK,
          signature: await signedBy('rs.cptv', lowK),
        }),
      ),
    ).toEqual({ code: 'SCHEMA_INVALID', path: 'document.k' });

    const other = JSON.stringify({ ...JSON.parse(document), publisher: 'rs.kirs' });
    expect(
      await refusal(
        cptv().accountability.publish.mutate({
          document: other,
          signature: await signedBy('rs.cptv', other),
        }),
      ),
    ).toEqual({ code: 'FORBIDDEN', path: 'document.publisher' });

    const parsed = JSON.parse(document);
    parsed.procedure.phases.received = 2;
    const small = JSON.stringify(parsed);
    expect(
      await refusal(
        cptv().accountability.publish.mutate({
          document: small,
          signature: await signedBy('rs.cptv', small),
        }),
      ),
    ).toEqual({ code: 'SCHEMA_INVALID', path: 'procedure.phases.received' });

    const lone = JSON.parse(document);
    // One hidden value in a line with a shown total: it is the total minus the others.
    lone.figures.referralsByChannel.overall.cells.police = '<5';
    const oneHidden = JSON.stringify(lone);
    expect(
      await refusal(
        cptv().accountability.publish.mutate({
          document: oneHidden,
          signature: await signedBy('rs.cptv', oneHidden),
        }),
      ),
    ).toEqual({ code: 'SCHEMA_INVALID', path: 'figures.referralsByChannel.overall' });
  });

  it('accepts the demo publication and shows it to oversight roles; case ids by phase', async () => {
    const published = await publishDemoFigures(gateway.url, join(dir, 'demo-agencies'), new Date());
    expect(published.signerFingerprint).toBe(agencyFile('rs.cptv', 'fingerprint').toLowerCase());
    const figures = await as('auditor').accountability.published.query();
    expect(figures?.publisher).toBe('rs.cptv');
    expect(figures?.figures.referralsByChannel.rows.map((r) => r.year)).toEqual(
      expect.arrayContaining([2016, 2017, 2018]),
    );
    expect(figures?.figures.referralsByChannel.rows[0]?.cells['police']).toBe(59);
    expect(figures?.procedure).not.toHaveProperty('cases');
    const map = await as('operator').accountability.procedureMap.query();
    expect(map.phases.find((p) => p.phase === 'information-gathering')?.cases).toBe(14);
    expect(map.phases.find((p) => p.phase === 'granted')?.terminal).toBe(true);
    const cases = await as('dpo').accountability.cases.query({ phase: 'interview' });
    expect(cases).toHaveLength(11);
    expect(cases[0]).toMatch(/^case_Demo/);
  });
});

describe('operations and envelope figures', () => {
  it('lists every delivery status in the queue depths and 24 hourly throughput buckets', async () => {
    const queues = await as('operator').operations.queues.query();
    expect(Object.keys(queues)).toContain('dead-lettered');
    const hours = await as('operator').operations.throughput.query({ hours: 24 });
    expect(hours).toHaveLength(24);
  });

  it('a trace of an unknown message is NOT_FOUND; a malformed id is refused with its path', async () => {
    expect(
      await refusal(as('operator').operations.trace.query({ id: crypto.randomUUID() })),
    ).toEqual({ code: 'NOT_FOUND', path: 'id' });
    expect(await refusal(as('operator').operations.trace.query({ id: 'nope' }))).toMatchObject({
      code: 'SCHEMA_INVALID',
    });
  });

  it('refuses a period that ends before it starts', async () => {
    expect(
      await refusal(
        as('auditor').accountability.envelopeFigures.query({ fromYear: 2026, toYear: 2025 }),
      ),
    ).toMatchObject({ code: 'SCHEMA_INVALID' });
  });

  it('counts envelope figures per year, suppressed at k', async () => {
    const year = new Date().getUTCFullYear();
    const figures = await as('auditor').accountability.envelopeFigures.query({
      fromYear: year,
      toYear: year,
    });
    expect(figures.k).toBe(5);
    expect(figures.volumesByType.rows.map((r) => r.year)).toEqual([year]);
  });
});

describe('the log verification badge', () => {
  it('gives a consistency proof between signed heads that verifies, and turns unverified when an entry is edited', async () => {
    await gateway.ctx.log.signedTreeHead();
    // One more fact between two signed heads, so the proof spans a real extension.
    await gateway.ctx.log.record([
      {
        kind: 'policy-changed',
        at: new Date().toISOString(),
        policy: 'admin-badge-test',
        policyVersion: 2,
        digest: '0'.repeat(64),
      },
    ]);
    await gateway.ctx.log.signedTreeHead();
    const badge = await as('dpo').log.verification.query({});
    expect(badge.gatewayCheck.verified).toBe(true);
    const { latest, previous, consistency } = badge;
    if (latest === null || previous === null || consistency === null) {
      throw new Error('expected two signed heads');
    }
    expect(
      verifyConsistency(
        previous.treeSize,
        latest.treeSize,
        fromHex(previous.rootHash)!,
        fromHex(latest.rootHash)!,
        consistency.proof.map((h) => fromHex(h)!),
      ),
    ).toBe(true);

    const db = new Database(join(dir, 'gateway.sqlite'));
    db.prepare(
      'update transparency_log set entry = replace(entry, \'"kind"\', \'"kind" \') where seq = 0',
    ).run();
    db.close();
    const after = await as('auditor').log.verification.query({ since: previous.treeSize });
    expect(after.gatewayCheck.verified).toBe(false);
  });
});

describe('/admin', () => {
  it('says how to build the app when it is not built', async () => {
    const response = await fetch(`${gateway.url}/admin/`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /pnpm --filter @nrm\/admin build/,
    );
  });

  it('serves the built files, falls back to index.html for app routes, and nothing outside', async () => {
    mkdirSync(join(adminDir(), 'assets'), { recursive: true });
    writeFileSync(join(adminDir(), 'index.html'), '<!doctype html><title>admin</title>');
    writeFileSync(join(adminDir(), 'assets', 'app-1.js'), 'console.log(1)');
    const page = await fetch(`${gateway.url}/admin/operations`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await page.text()).toContain('<title>admin</title>');
    const asset = await fetch(`${gateway.url}/admin/assets/app-1.js`);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(`${gateway.url}/admin/assets/missing.js`)).status).toBe(404);
    const escape = await fetch(`${gateway.url}/admin/..%2f..%2fgateway.sqlite`);
    expect(await escape.text()).toContain('<title>admin</title>');
    expect((await fetch(`${gateway.url}/admin`, { redirect: 'manual' })).status).toBe(302);
  });
});
