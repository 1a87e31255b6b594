import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kafka } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readAgencyPrivateKey } from '@nrm/client/crypto';
import { readDemoAdminToken, readDemoAgency } from '../../src/seed/seed-demo.js';
import { encodeNotice } from '../../src/transport/delivery-notice.js';
import { workerGroupId } from '../../src/transport/kafka-transport.js';
import {
  call,
  envelopeFor,
  randomPayload,
  submit,
  type TestAgency,
  type TestGateway,
} from '../server/harness.js';
import { freshTopic, recordCount, testKafka, until } from './kafka-helpers.js';

const brokers = inject('kafkaBrokers');
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

interface GatewayProcess {
  child: ChildProcess;
  url: string;
  /** The output so far, for failure messages. */
  output(): string;
}

/** `main.ts` as its own process, one role, on the shared SQLite file and the run's broker. */
function startProcess(env: Record<string, string>): Promise<GatewayProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@nrm/source',
      'packages/gateway/src/server/main.ts',
      '--demo',
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`gateway exited with ${code}:\n${out}`));
    child.once('exit', onExit);
    const check = () => {
      const api = /NRM gateway listening on (http:\/\/\S+)/.exec(out);
      const worker = /NRM gateway worker pushing webhooks \(kafka notices\)/.test(out);
      if (api?.[1] !== undefined || worker) {
        child.off('exit', onExit);
        child.stdout?.off('data', check);
        resolve({ child, url: api?.[1] ?? '', output: () => out });
      }
    };
    child.stdout?.on('data', check);
  });
}

function stopProcess(p: GatewayProcess): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    p.child.once('exit', () => resolve());
    p.child.kill('SIGTERM');
  });
}

/** One sample of a Prometheus metric (0 when absent). */
async function metric(url: string, sample: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line === undefined ? 0 : Number(line.split(' ')[1]);
}

describe.skipIf(brokers === null)(
  'several gateway processes on one database and one broker',
  () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nrm-distributed-'));
    const topic = freshTopic('gateways');
    const env = {
      NRM_DATA_DIR: dataDir,
      NRM_KAFKA_BROKERS: (brokers ?? []).join(','),
      NRM_KAFKA_TOPIC: topic,
    };
    const processes: GatewayProcess[] = [];
    let kafka: Kafka;
    let apiA: GatewayProcess;
    let apiB: GatewayProcess;
    let hook: Server;
    const pushes = new Map<string, number>();

    const at = (p: GatewayProcess) => ({ url: p.url }) as TestGateway;
    async function agency(id: string): Promise<TestAgency> {
      const demo = readDemoAgency(dataDir, id);
      return { ...demo, key: await readAgencyPrivateKey(demo.privateKey) };
    }

    beforeAll(async () => {
      kafka = testKafka(brokers ?? []);
      hook = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        request.on('end', () => {
          const { id } = JSON.parse(body) as { id: string };
          pushes.set(id, (pushes.get(id) ?? 0) + 1);
          response.statusCode = 204;
          response.end();
        });
      });
      await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
      const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/nrm`;

      // Seeding and registration happen in the first process alone, before the others open the
      // store (the transparency log of each process is read at its start).
      apiA = await startProcess({ ...env, NRM_ROLE: 'api' });
      processes.push(apiA);
      const register = await call(
        at(apiA),
        'POST',
        '/trpc/agencies.register',
        readDemoAdminToken(dataDir, 'operator'),
        {
          agency: {
            id: 'rs.csw.nis',
            name: 'Centre for Social Work Niš',
            kind: 'csw',
            jurisdiction: 'RS',
            competentAreas: ['nis'],
          },
          webhookUrl: hookUrl,
        },
      );
      expect(register.status, register.text).toBe(200);
      apiB = await startProcess({ ...env, NRM_ROLE: 'api' });
      processes.push(apiB);
      for (let i = 0; i < 2; i++) {
        processes.push(await startProcess({ ...env, NRM_ROLE: 'worker' }));
      }
    });

    afterAll(async () => {
      await Promise.all(processes.map(stopProcess));
      await new Promise((resolve) => hook?.close(resolve));
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('a long-poll waiting in process A is woken by a submit handled in process B', async () => {
      const police = await agency('rs.police.belgrade-thb');
      const cptv = await agency('rs.cptv');
      const drained = await call(at(apiA), 'GET', '/v1/inbox?limit=100', cptv.token);
      expect(drained.status, drained.text).toBe(200);
      const polling = call(at(apiA), 'GET', '/v1/inbox?wait=30', cptv.token);
      await until(async () => (await metric(apiA.url, 'nrm_inbox_waiting_polls')) === 1);
      const payload = randomPayload();
      const sent = await submit(
        at(apiB),
        police,
        envelopeFor(police, ['rs.cptv'], payload),
        payload,
      );
      expect(sent.status, JSON.stringify(sent.body)).toBe(202);
      const answer = await polling;
      expect(answer.status, answer.text).toBe(200);
      const messages = answer.body.messages as { id: string }[];
      expect(messages.map((m) => m.id)).toEqual([sent.body.id]);
      // Woken by the notice from B (through the outbox and the broker), not by running out.
      expect(await metric(apiA.url, 'nrm_inbox_long_polls_total{outcome="woken"}')).toBe(1);
      expect(await metric(apiA.url, 'nrm_inbox_long_polls_total{outcome="timed-out"}')).toBe(0);
    });

    it('two webhook workers push each delivery exactly once, also when a notice comes twice', async () => {
      const police = await agency('rs.police.belgrade-thb');
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        const payload = randomPayload();
        const sent = await submit(
          at(apiB),
          police,
          envelopeFor(police, ['rs.csw.nis'], payload),
          payload,
        );
        expect(sent.status, `${JSON.stringify(sent.body)}\n${apiB.output()}`).toBe(202);
        ids.push(sent.body.id as string);
      }
      await until(() => ids.every((id) => pushes.has(id)));
      console.log('pushed');
      // The relay may send a notice again (a crash between produce and mark): replay them all.
      const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
      await producer.connect();
      await producer.send({
        topic,
        acks: -1,
        messages: ids.map((id) => ({
          key: 'rs.csw.nis',
          value: encodeNotice({ messageId: id, recipient: 'rs.csw.nis', kind: 'accepted' }),
        })),
      });
      await producer.disconnect();
      // Wait until the workers' group has consumed every notice, the replayed ones included.
      const end = await recordCount(kafka, topic);
      const admin = kafka.admin();
      await admin.connect();
      await until(async () => {
        const [offsets] = await admin.fetchOffsets({
          groupId: workerGroupId(topic),
          topics: [topic],
        });
        const consumed = (offsets?.partitions ?? []).reduce(
          (sum, p) => sum + Math.max(0, Number(p.offset)),
          0,
        );
        return consumed === end;
      });
      await admin.disconnect();
      expect(ids.map((id) => pushes.get(id))).toEqual(ids.map(() => 1));
      for (const id of ids) {
        const status = await call(at(apiB), 'GET', `/v1/messages/${id}/status`, police.token);
        expect(status.body.recipients[0].status).toBe('delivered');
      }
    });
  },
);
