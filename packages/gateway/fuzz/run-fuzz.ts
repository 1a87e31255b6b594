import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { readAgencyPrivateKey, signDetached } from '@nrm/client/crypto';
import { readDemoAdminToken, readDemoAgency } from '../src/seed/seed-demo.js';
import { DEFAULT_SERVER_OPTIONS } from '../src/server/build-server.js';
import { mutateText, mutateValue, pick, seeded, type Random } from './mutations.js';

/**
 * `pnpm fuzz`: a bounded fuzzer against a real gateway. It starts its own gateway process on
 * a free loopback port in a throwaway directory, sends at most `--count` mutated requests
 * (or stops after `--seconds`) to submit, ack, reject, inbox, the consent check and tRPC,
 * counts the answers by status, and exits non-zero on any 5xx, a connection reset, an answer
 * outside the error model, a stack trace, or a crash. Options: --count N (default 3000),
 * --seconds S (default 120), --seed N, --concurrency N (default 8).
 */
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) {
  args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
}
const count = Number(args.get('count') ?? 3000);
const seconds = Number(args.get('seconds') ?? 120);
const seed = Number(args.get('seed') ?? Date.now() % 1_000_000);
const concurrency = Number(args.get('concurrency') ?? 8);

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'nrm-fuzz-'));

function rssOf(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
    return match === null ? undefined : Number(match[1]) / 1024;
  } catch {
    return undefined;
  }
}

const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--conditions=@nrm/source', join(here, 'fuzz-gateway.ts'), dataDir],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
let crashed: string | undefined;
let stopping = false;
child.on('exit', (code, signal) => {
  if (!stopping) {
    crashed = `gateway exited (code ${code}, signal ${signal})`;
  }
});
const url = await new Promise<string>((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('the gateway did not start in 60 s')), 60_000);
  createInterface({ input: child.stdout }).once('line', (line) => {
    clearTimeout(timer);
    resolve(line.trim());
  });
  child.once('exit', () => reject(new Error('the gateway exited while starting')));
});
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) {
  throw new Error(`refusing to fuzz anything but loopback: ${url}`);
}

const police = readDemoAgency(dataDir, 'rs.police.belgrade-thb');
const cptv = readDemoAgency(dataDir, 'rs.cptv');
const astra = readDemoAgency(dataDir, 'rs.astra');
const policeKey = await readAgencyPrivateKey(police.privateKey);
const cptvKey = await readAgencyPrivateKey(cptv.privateKey);
const admin = {
  operator: readDemoAdminToken(dataDir, 'operator'),
  dpo: readDemoAdminToken(dataDir, 'dpo'),
  auditor: readDemoAdminToken(dataDir, 'auditor'),
};
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const encode = (text: string) => new TextEncoder().encode(text);

function uuidv7(): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(Date.now(), 0, 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function envelope(payload: Uint8Array): Record<string, unknown> {
  const now = Date.now();
  return {
    id: uuidv7(),
    type: 'nrm.referral',
    version: 1,
    from: police.id,
    to: ['rs.cptv'],
    subject: 'sub_0001AbCdEfGhIjKlMn',
    purpose: 'identification',
    legalBasis: 'public-task',
    consentRefs: [],
    dataCategories: ['process'],
    subjectIsChild: false,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 7 * 86_400_000).toISOString(),
    payloadDigest: sha256(payload),
    senderKey: police.fingerprint,
  };
}

async function signedSubmitBody(envelopeText: string, payload: Uint8Array) {
  const bytes = encode(envelopeText);
  return {
    envelope: b64(bytes),
    envelopeSignature: await signDetached(bytes, policeKey, new Date()),
    payload: b64(payload),
  };
}

interface Probe {
  name: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const json = (token: string | undefined) => ({
  'content-type': 'application/json',
  ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
});

// Real messages for ack and reject to work on.
const delivered: { id: string; envelopeBytes: Uint8Array }[] = [];
for (let i = 0; i < 20; i++) {
  const payload = randomBytes(64);
  const text = JSON.stringify(envelope(payload));
  const response = await fetch(`${url}/v1/messages`, {
    method: 'POST',
    headers: json(police.token),
    body: JSON.stringify(await signedSubmitBody(text, payload)),
  });
  if (response.status !== 202) {
    throw new Error(`seeding a message failed: ${response.status} ${await response.text()}`);
  }
  delivered.push({ id: (JSON.parse(text) as { id: string }).id, envelopeBytes: encode(text) });
}

const TRPC = [
  'whoami',
  'agencies.list',
  'agencies.register',
  'keys.list',
  'keys.register',
  'keys.revoke',
  'credentials.issue',
  'deliveries.list',
  'deliveries.redeliver',
  'messages.status',
  'consents.bySubject',
  'dpo.disclosures',
  'dpo.subjectAccess',
  'dpo.erase',
  'log.inclusion',
  'log.consistency',
  'nothing.here',
];

async function probe(random: Random): Promise<Probe> {
  const kind = pick(random, [
    'submit-body',
    'submit-signed',
    'submit-signed',
    'ack',
    'reject',
    'inbox',
    'consent-check',
    'trpc',
    'trpc',
    'http',
    'large',
  ]);
  const target = pick(random, delivered);
  switch (kind) {
    case 'submit-body': {
      const payload = randomBytes(32);
      const body = await signedSubmitBody(JSON.stringify(envelope(payload)), payload);
      if (random() < 0.5) {
        const mutated = mutateValue(random, body);
        return {
          name: `submit ${mutated.name}`,
          method: 'POST',
          path: '/v1/messages',
          headers: json(police.token),
          body: JSON.stringify(mutated.value),
        };
      }
      const mutated = mutateText(random, JSON.stringify(body));
      return {
        name: `submit ${mutated.name}`,
        method: 'POST',
        path: '/v1/messages',
        headers: json(police.token),
        body: mutated.text,
      };
    }
    case 'submit-signed': {
      // A correctly signed envelope that says something odd: the checks after the signature.
      const payload = randomBytes(32);
      const base = envelope(payload);
      let name: string;
      let text: string;
      if (random() < 0.6) {
        const mutated = mutateValue(random, base);
        name = mutated.name;
        text = JSON.stringify(mutated.value);
      } else {
        const mutated = mutateText(random, JSON.stringify(base));
        name = mutated.name;
        text = mutated.text;
      }
      return {
        name: `signed ${name}`,
        method: 'POST',
        path: '/v1/messages',
        headers: json(police.token),
        body: JSON.stringify(await signedSubmitBody(text, payload)),
      };
    }
    case 'ack': {
      const receipt = JSON.stringify({
        type: 'nrm.receipt',
        version: 1,
        messageId: target.id,
        envelopeDigest: sha256(target.envelopeBytes),
        by: cptv.id,
        status: 'acknowledged',
        at: new Date().toISOString(),
      });
      const mutated =
        random() < 0.5 ? mutateText(random, receipt) : { name: 'valid', text: receipt };
      const body = {
        receipt: b64(mutated.text),
        receiptSignature: await signDetached(encode(mutated.text), cptvKey, new Date()),
      };
      const bodyText =
        random() < 0.3 ? mutateText(random, JSON.stringify(body)).text : JSON.stringify(body);
      const id =
        random() < 0.8 ? target.id : pick(random, ['x', uuidv7(), '%00', 'a'.repeat(3000)]);
      return {
        name: `ack receipt ${mutated.name}`,
        method: 'POST',
        path: `/v1/messages/${id}/ack`,
        headers: json(pick(random, [cptv.token, astra.token, police.token])),
        body: bodyText,
      };
    }
    case 'reject': {
      const body = { code: 'DIGEST_MISMATCH', reason: 'fuzz' };
      const mutated = mutateValue(random, body);
      return {
        name: `reject ${mutated.name}`,
        method: 'POST',
        path: `/v1/messages/${random() < 0.7 ? target.id : uuidv7()}/reject`,
        headers: json(pick(random, [cptv.token, astra.token])),
        body: JSON.stringify(mutated.value),
      };
    }
    case 'inbox': {
      const limit = pick(random, ['1', '0', '-1', '101', 'abc', '1e9', '', '%00', '1&limit=2']);
      const token = pick(random, [
        cptv.token,
        `${cptv.token.slice(0, -4)}AAAA`,
        `nrm_${uuidv7()}.${randomBytes(24).toString('base64url')}`,
        admin.dpo,
        '',
      ]);
      return {
        name: 'inbox',
        method: 'GET',
        path: `/v1/inbox?limit=${limit}`,
        headers: token === '' ? {} : { authorization: `Bearer ${token}` },
      };
    }
    case 'consent-check': {
      const body = {
        to: ['rs.cptv', 'rs.astra'],
        subject: 'sub_0001AbCdEfGhIjKlMn',
        purpose: 'identification',
        legalBasis: 'consent',
        categories: ['identity', 'health'],
      };
      const mutated = random() < 0.7 ? mutateValue(random, body) : { name: 'text', value: body };
      const text =
        mutated.name === 'text'
          ? mutateText(random, JSON.stringify(body)).text
          : JSON.stringify(mutated.value);
      return {
        name: `consent-check ${mutated.name}`,
        method: 'POST',
        path: '/v1/disclosures/check',
        headers: json(astra.token),
        body: text,
      };
    }
    case 'trpc': {
      const procedure = pick(random, TRPC);
      const token = pick(random, [admin.operator, admin.dpo, admin.auditor, police.token]);
      const input = mutateValue(random, {
        agencyId: 'rs.nowhere',
        scopes: ['send'],
        subject: 'sub_0001AbCdEfGhIjKlMn',
        seq: 0,
        oldSize: 0,
        id: target.id,
      }).value;
      const roll = random();
      if (roll < 0.15) {
        return {
          name: `trpc ${procedure} long-url`,
          method: 'GET',
          path: `/trpc/${procedure}?input=${'%7B'.repeat(7000)}`,
          headers: json(token),
        };
      }
      if (roll < 0.5) {
        return {
          name: `trpc ${procedure} GET`,
          method: 'GET',
          path: `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`,
          headers: { authorization: `Bearer ${token}` },
        };
      }
      if (roll < 0.6) {
        return {
          name: `trpc ${procedure} form`,
          method: 'POST',
          path: `/trpc/${procedure}`,
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: 'a=1',
        };
      }
      return {
        name: `trpc ${procedure} POST`,
        method: 'POST',
        path: `/trpc/${procedure}`,
        headers: json(token),
        body:
          random() < 0.3 ? mutateText(random, JSON.stringify(input)).text : JSON.stringify(input),
      };
    }
    case 'large': {
      // Big bodies, up to past the body limit: what holds memory under load.
      const size = Math.floor(random() * 12 * 1024 * 1024);
      const payload = 'A'.repeat(size - (size % 4));
      const body =
        random() < 0.5
          ? JSON.stringify({ envelope: 'e30=', envelopeSignature: 'x', payload })
          : `{"payload":"${payload}`;
      return {
        name: `large ${(size / 1048576).toFixed(1)} MiB`,
        method: 'POST',
        path: '/v1/messages',
        headers: json(police.token),
        body,
      };
    }
    default: {
      const path = pick(random, [
        '/v1/messages',
        '/v2/x',
        '/v1/keys/rs.cptv',
        '/v1/keys/%ff',
        '/v1/messages/x/status',
        '/openapi.json',
        '/v1/dpo/policy',
      ]);
      const method = pick(random, ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
      const headers: Record<string, string> = {
        authorization: `Bearer ${pick(random, [police.token, admin.dpo])}`,
      };
      if (random() < 0.3) {
        headers['x-pad'] = 'a'.repeat(20_000);
      }
      if (method !== 'GET') {
        headers['content-type'] = pick(random, [
          'application/json',
          'text/plain',
          'multipart/form-data; boundary=x',
          'application/json; charset=latin1',
        ]);
      }
      return {
        name: `http ${method} ${path}`,
        method,
        path,
        headers,
        ...(method === 'GET' ? {} : { body: pick(random, ['{}', '--x\r\n', '', '{"a":1,"a":2}']) }),
      };
    }
  }
}

const statuses = new Map<number, number>();
const problems: string[] = [];
let sent = 0;
let resets = 0;
let closedOverLimit = 0;
const BODY_LIMIT = DEFAULT_SERVER_OPTIONS.bodyLimit;
let peakRss = rssOf(child.pid!, 'VmRSS') ?? 0;
const startRss = peakRss;
const started = Date.now();
const deadline = started + seconds * 1000;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, rssOf(child.pid!, 'VmRSS') ?? 0);
}, 250);

function describe(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) {
    return `${cause.name}: ${cause.message}`;
  }
  return error instanceof Error ? error.message : 'unknown error';
}

async function worker(index: number) {
  const random = seeded(seed * 31 + index);
  while (sent < count && Date.now() < deadline && crashed === undefined) {
    sent++;
    const request = await probe(random);
    try {
      const response = await fetch(`${url}${request.path}`, {
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status >= 500) {
        problems.push(`${response.status} for ${request.name}: ${text.slice(0, 200)}`);
      } else if (response.status >= 400) {
        const body = JSON.parse(text) as {
          error?: { code?: unknown; data?: { gatewayCode?: unknown } };
        };
        const code =
          typeof body.error?.code === 'string' ? body.error.code : body.error?.data?.gatewayCode;
        if (typeof code !== 'string' || !/^[A-Z_]+$/.test(code)) {
          problems.push(
            `${response.status} without a gateway code for ${request.name}: ${text.slice(0, 200)}`,
          );
        }
      }
      if (/\.(ts|js):\d+|node_modules|at [A-Za-z.]+ \(/.test(text)) {
        problems.push(`stack trace in the answer to ${request.name}`);
      }
    } catch (error) {
      if (request.body !== undefined && request.body.length > BODY_LIMIT) {
        // Over the limit the gateway answers 413 with Connection: close and stops reading;
        // a client still writing its body sees the close (test/server/hostile-input.test.ts
        // reads that 413 on a raw socket). Counted, not a failure.
        closedOverLimit++;
        continue;
      }
      resets++;
      problems.push(`no answer for ${request.name}: ${describe(error)}`);
    }
  }
}

await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
clearInterval(sampler);
const health =
  crashed === undefined
    ? await fetch(`${url}/healthz`).then(
        (r) => r.status,
        () => 0,
      )
    : 0;
const idleRss = rssOf(child.pid!, 'VmRSS') ?? 0;
const hwm = rssOf(child.pid!, 'VmHWM') ?? peakRss;
stopping = true;
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
rmSync(dataDir, { recursive: true, force: true });

const fiveHundreds = [...statuses]
  .filter(([status]) => status >= 500)
  .reduce((n, [, c]) => n + c, 0);
const summary = [
  `pnpm fuzz: ${sent} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed}, concurrency ${concurrency})`,
  `  by status: ${[...statuses]
    .sort(([a], [b]) => a - b)
    .map(([s, c]) => `${s}×${c}`)
    .join(' ')}`,
  `  5xx: ${fiveHundreds}  connection errors: ${resets}  other problems: ${problems.length - fiveHundreds - resets}  closed after 413 while the client was still sending: ${closedOverLimit}`,
  `  gateway: ${crashed ?? 'alive'}, /healthz ${health}; RSS start ${startRss.toFixed(0)} MB, peak ${hwm.toFixed(0)} MB, end ${idleRss.toFixed(0)} MB`,
];
process.stdout.write(`${summary.join('\n')}\n`);
for (const problem of problems.slice(0, 30)) {
  process.stdout.write(`  ! ${problem}\n`);
}
process.exit(problems.length === 0 && crashed === undefined && health === 200 ? 0 : 1);
