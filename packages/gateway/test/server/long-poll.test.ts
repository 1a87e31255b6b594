import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  envelopeFor,
  randomPayload,
  startTestGateway,
  submit,
  type TestGateway,
} from './harness.js';

async function until(check: () => boolean): Promise<void> {
  while (!check()) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('inbox long-poll (one process, in-process notices)', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(async () => {
    await t.close();
  });

  it('a waiting poll answers with the message a submit just delivered', async () => {
    const police = await t.agency('rs.police.belgrade-thb');
    const cptv = await t.agency('rs.cptv');
    // Empty the inbox first, so the poll below has to wait.
    const before = await call(t, 'GET', '/v1/inbox?limit=100', cptv.token);
    expect(before.status).toBe(200);
    const polling = call(t, 'GET', '/v1/inbox?wait=30', cptv.token);
    await until(() => t.gw.ctx.transport.waiters.count('rs.cptv') === 1);
    const payload = randomPayload();
    const sent = await submit(t, police, envelopeFor(police, ['rs.cptv'], payload), payload);
    expect(sent.status, JSON.stringify(sent.body)).toBe(202);
    const answer = await polling;
    expect(answer.status).toBe(200);
    const messages = answer.body.messages as { id: string }[];
    expect(messages.map((m) => m.id)).toContain(sent.body.id);
    expect(t.gw.ctx.transport.waiters.count('rs.cptv')).toBe(0);
  });

  it('a poll that nothing arrives for answers with an empty inbox', async () => {
    const astra = await t.agency('rs.astra');
    await call(t, 'GET', '/v1/inbox?limit=100', astra.token);
    const answer = await call(t, 'GET', '/v1/inbox?wait=1', astra.token);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ messages: [] });
  });

  it.each(['31', '-1', '2.5', 'soon'])(
    'wait=%s is 422 SCHEMA_INVALID at query.wait',
    async (wait) => {
      const cptv = await t.agency('rs.cptv');
      const answer = await call(t, 'GET', `/v1/inbox?wait=${wait}`, cptv.token);
      expect(answer.status).toBe(422);
      expect(answer.body.error).toMatchObject({ code: 'SCHEMA_INVALID', path: 'query.wait' });
    },
  );
});
