import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './harness.js';

/** Guessing a token's secret is slowed, costs bounded CPU, and the operator sees it. */
let t: TestGateway;
const logLines: string[] = [];
beforeAll(async () => {
  t = await startTestGateway({
    server: {
      rateLimitPerMinute: 100_000,
      logger: { level: 'warn', stream: { write: (line: string) => logLines.push(line) } },
    },
  });
});
afterAll(() => t.close());

const guess = (id: string) => `nrm_${id}.${randomBytes(24).toString('base64url')}`;

async function get(path: string, token: string) {
  const response = await fetch(`${t.url}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  await response.arrayBuffer();
  return response;
}

async function medianLatencyMs(token: string, calls: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    const response = await get('/v1/inbox?limit=1', token);
    expect(response.status).toBe(200);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

describe('failed authentications are limited per credential id and per address', () => {
  it('500 wrong secrets for one real credential id: 429s after the limit, a real client is not slowed', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const astra = await t.agency('rs.astra');
    const credentialId = /^nrm_([0-9a-f-]{36})\./.exec(police.token)![1]!;
    // The real client — the owner of the credential being guessed — is running: its token
    // was checked once (scrypt), then remembered.
    await medianLatencyMs(police.token, 5);
    const baseline = await medianLatencyMs(police.token, 20);

    const statuses = new Map<number, number>();
    let retryAfter: string | null = null;
    let attack = Promise.resolve();
    // About 100 guesses a second (the reported guesser managed 33): a paced attack, so what
    // the real client's latency shows is the cost of each guess, not a flood of the test's own.
    for (let batch = 0; batch < 100; batch++) {
      attack = attack.then(async () => {
        const answers = await Promise.all(
          Array.from({ length: 5 }, () => get('/v1/inbox', guess(credentialId))),
        );
        await new Promise((resolve) => setTimeout(resolve, 40));
        for (const answer of answers) {
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          retryAfter ??= answer.headers.get('retry-after');
        }
      });
    }
    const during = await medianLatencyMs(police.token, 20);
    await attack;
    const after = await medianLatencyMs(police.token, 20);
    console.log(
      `auth guessing: answers ${JSON.stringify(Object.fromEntries(statuses))}; real client median ` +
        `latency baseline ${baseline.toFixed(1)} ms, during ${during.toFixed(1)} ms, after ${after.toFixed(1)} ms`,
    );
    expect([...statuses.values()].reduce((a, b) => a + b)).toBe(500);
    // At most the per-credential limit ran scrypt and answered 401; the rest were refused first.
    expect(statuses.get(401) ?? 0).toBeLessThanOrEqual(10);
    expect(statuses.get(429)).toBeGreaterThanOrEqual(490);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // Other agencies are not affected either.
    expect((await get('/v1/inbox', astra.token)).status).toBe(200);
    // The operator is told.
    expect(logLines.some((line) => line.includes('repeated authentication failures'))).toBe(true);
    expect(logLines.join('\n')).toContain(`credential:${credentialId}`);
  }, 120_000);

  it('random credential ids from one address: 429 for that address after its limit, with Retry-After and the error shape', async () => {
    const answers = [];
    for (let i = 0; i < 40; i++) {
      answers.push(await get('/v1/inbox', guess(randomUUID())));
    }
    expect(answers.slice(0, 5).every((a) => a.status === 401 || a.status === 429)).toBe(true);
    const last = answers.at(-1)!;
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await (
      await fetch(`${t.url}/v1/inbox`, {
        headers: { authorization: `Bearer ${guess(randomUUID())}` },
      })
    ).json();
    expect(body).toEqual({
      error: {
        code: 'RATE_LIMITED',
        message: expect.stringMatching(
          /^Too many failed authentications from this address; retry in \d+ s\.$/,
        ),
      },
    });
    expect(logLines.some((line) => line.includes('address:'))).toBe(true);
  });
});

describe('a real client is never limited by its own concurrency', () => {
  it('a valid token on many connections at once, before its first check ends, is one try, not a 429', async () => {
    // A fresh client opening more connections than the failure limit allows tries.
    await using fresh = await startTestGateway();
    const csw = await fresh.agency('rs.csw.nis');
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        fetch(`${fresh.url}/v1/inbox?limit=1`, {
          headers: { authorization: `Bearer ${csw.token}` },
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 30 }, () => 200));
  });
});
