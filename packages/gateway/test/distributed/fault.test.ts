/**
 * The fault test: messages through two gateway API processes and two webhook workers on one
 * real PostgreSQL and one real Kafka broker, while gateways and workers are killed with
 * SIGKILL and restarted, the broker is restarted and PostgreSQL is restarted. At the end every
 * message has a terminal status for every recipient, the agencies' SDKs handed none over
 * twice, and the transparency log verifies offline with one entry per event.
 *
 * NRM_FAULT_MESSAGES overrides the number of messages (10,000 by default) for quick runs.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { NrmClient, readAgencyPrivateKey } from '@nrm/client';
import { verifyLogExport } from '@nrm/client/transparency';
import { startKafka, type RunningKafka } from '../../../../scripts/services/kafka.mjs';
import { startPostgres, type RunningPostgres } from '../../../../scripts/services/postgres.mjs';
import { readDemoAdminToken, readDemoAgency } from '../../src/seed/seed-demo.js';
import { loadGatewayKeyFile } from '../../src/server/gateway-key.js';
import { openPostgresStore } from '../../src/store/open-postgres-store.js';
import { GatewayLog } from '../../src/transparency/gateway-log.js';
import { submissionFactory, type SignedSubmission } from './fault-messages.js';
import { runMain, startGatewayProcess, type GatewayProcess } from './gateway-process.js';

const MESSAGES = Number(process.env['NRM_FAULT_MESSAGES'] ?? 10_000);
const brokersAvailable = inject('kafkaBrokers') !== null;
const postgresAvailable =
  process.env['NRM_PG_BIN'] !== undefined || existsSync('/usr/lib/postgresql');

const SENDER = 'rs.police.belgrade-thb';
/** Recipients whose SDK pulls and acknowledges. */
const SDK_AGENCIES = ['rs.cptv', 'rs.prosecutor.belgrade'];
/** The recipient the workers push to (a webhook the test serves). */
const WEBHOOK_AGENCY = 'rs.csw.nis';
const RECIPIENTS = [...SDK_AGENCIES, WEBHOOK_AGENCY];
/** Statuses a delivery does not leave by itself. */
const TERMINAL = new Set(['acknowledged', 'delivered', 'rejected', 'withheld', 'expired']);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

if (!postgresAvailable) {
  console.warn(
    'fault test skipped: PostgreSQL server binaries not found (apt-get install postgresql)',
  );
}

describe.skipIf(!brokersAvailable || !postgresAvailable)('fault test', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) {
      await step().catch(() => {});
    }
  });

  it(
    `${MESSAGES} messages survive killed gateways and workers, a broker restart and a database restart`,
    async () => {
      const root = mkdtempSync(join(tmpdir(), 'nrm-fault-'));
      cleanup.push(() => Promise.resolve(rmSync(root, { recursive: true, force: true })));
      const postgres: RunningPostgres = await startPostgres();
      cleanup.push(() => postgres.stop());
      const kafka: RunningKafka = await startKafka();
      cleanup.push(() => kafka.stop());

      const dataDir = join(root, 'data');
      const keyDir = join(root, 'keys');
      mkdirSync(keyDir);
      const keyFile = join(keyDir, 'gateway-key.asc');
      await runMain(['--init-gateway-key'], { NRM_GATEWAY_KEY_FILE: keyFile });
      const env = {
        NRM_DATA_DIR: dataDir,
        NRM_DATABASE_URL: postgres.url,
        NRM_GATEWAY_KEY_FILE: keyFile,
        NRM_GATEWAY_KEY_DIR: keyDir,
        NRM_KAFKA_BROKERS: kafka.brokers.join(','),
        NRM_KAFKA_TOPIC: 'fault.delivery-notices',
        // One sender submits every message: the per-credential limit is not under test.
        NRM_RATE_LIMIT_PER_MINUTE: '100000000',
      };

      // Pushes per message id, as the webhook agency's endpoint saw them.
      const pushes = new Map<string, number>();
      const hook: Server = createServer((request, response) => {
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
      cleanup.push(() => new Promise((resolve) => hook.close(() => resolve())));
      const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/nrm`;

      // The first process seeds the demo registry; the others start on what it wrote.
      const processes: GatewayProcess[] = [];
      cleanup.push(async () => {
        await Promise.all(processes.map((p) => p.kill()));
      });
      const apiA = await startGatewayProcess('api', env);
      processes.push(apiA);
      const registered = await fetch(`${apiA.url}/trpc/agencies.register`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${readDemoAdminToken(dataDir, 'operator')}`,
        },
        body: JSON.stringify({
          agency: {
            id: WEBHOOK_AGENCY,
            name: 'Centre for Social Work Niš',
            kind: 'csw',
            jurisdiction: 'RS',
            competentAreas: ['nis'],
          },
          webhookUrl: hookUrl,
        }),
      });
      expect(registered.status, await registered.text()).toBe(200);
      const apiB = await startGatewayProcess('api', env);
      const workerA = await startGatewayProcess('worker', env);
      const workerB = await startGatewayProcess('worker', env);
      processes.push(apiB, workerA, workerB);
      const apis = [apiA, apiB];

      // Requests go to the API process asked for, else to the other one (at least once).
      const failover =
        (first: number): typeof fetch =>
        async (input, init) => {
          const url = new URL(input instanceof Request ? input.url : String(input));
          let last: unknown;
          for (let round = 0; round < 600; round++) {
            const api = apis[(first + round) % apis.length]!;
            try {
              const response = await fetch(`${api.url}${url.pathname}${url.search}`, init);
              if (response.status < 500) {
                return response;
              }
              last = new Error(`HTTP ${response.status}: ${await response.text()}`);
            } catch (error) {
              last = error;
            }
            await sleep(100);
          }
          throw last;
        };

      // The agencies' SDKs pull and acknowledge; handed-over ids are counted.
      const handedOver = new Map<string, number>();
      const sdkFailures: string[] = [];
      let pulling = true;
      const pulls = SDK_AGENCIES.map(async (agencyId, index) => {
        const demo = readDemoAgency(dataDir, agencyId);
        const client = new NrmClient({
          gatewayUrl: apis[index % 2]!.url,
          token: demo.token,
          agencyId,
          privateKey: await readAgencyPrivateKey(demo.privateKey),
          stateDir: mkdtempSync(join(root, `sdk-${agencyId}-`)),
          fetch: failover(index % 2),
        });
        while (pulling) {
          let items = 0;
          try {
            for await (const item of client.inbox({ limit: 50 })) {
              items++;
              if (item.ok) {
                handedOver.set(item.message.id, (handedOver.get(item.message.id) ?? 0) + 1);
              } else if (item.rejected === true) {
                sdkFailures.push(`${agencyId} rejected ${item.id}: ${item.error.message}`);
              }
            }
          } catch {
            // The gateway or the network is away: pull again.
          }
          if (items === 0) {
            await sleep(300);
          }
        }
      });

      // Submissions: round-robin over the API processes, the same bytes again on the other
      // one when the first fails (at-least-once to the gateway).
      const sender = readDemoAgency(dataDir, SENDER);
      const build = await submissionFactory(
        { id: SENDER, key: await readAgencyPrivateKey(sender.privateKey) },
        RECIPIENTS.map((id) => ({ id, publicKey: readDemoAgency(dataDir, id).publicKey })),
      );
      const accepted: SignedSubmission[] = [];
      const refused: string[] = [];
      async function submitOnce(message: SignedSubmission, first: number): Promise<void> {
        const response = await failover(first)(`${apis[first]!.url}/v1/messages`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${sender.token}`,
          },
          body: message.body,
        });
        const text = await response.text();
        if (response.status === 202 || response.status === 200) {
          accepted.push(message);
        } else {
          refused.push(`${message.id}: HTTP ${response.status} ${text}`);
        }
      }
      let next = 0;
      const submitting = Array.from({ length: 6 }, async () => {
        while (next < MESSAGES) {
          const i = next++;
          const message = await build(RECIPIENTS[i % RECIPIENTS.length]!);
          await submitOnce(message, i % 2);
        }
      });

      // Faults, one after the other, as the submissions pass these shares of the total.
      let kills = 0;
      let brokerRestarts = 0;
      let dbRestarts = 0;
      const killAndRestart = async (p: GatewayProcess) => {
        await p.kill();
        kills++;
        await sleep(500);
        await p.restart();
      };
      const faults: [number, () => Promise<void>][] = [
        [0.1, () => killAndRestart(apiA)],
        [0.2, () => killAndRestart(workerA)],
        [0.3, () => kafka.restart().then(() => void brokerRestarts++)],
        [0.4, () => killAndRestart(apiB)],
        [0.5, () => postgres.restart().then(() => void dbRestarts++)],
        [0.6, () => killAndRestart(workerB)],
        [0.7, () => killAndRestart(apiA)],
        [0.8, () => killAndRestart(workerA)],
      ];
      const faulting = (async () => {
        for (const [share, fault] of faults) {
          while (accepted.length + refused.length < share * MESSAGES) {
            await sleep(100);
          }
          await fault();
        }
      })();

      await Promise.all(submitting);
      await faulting;
      expect(refused, refused.slice(0, 5).join('\n')).toEqual([]);

      // Wait until every delivery reached a terminal status and every handover happened.
      const db = new pg.Client({ connectionString: postgres.url });
      await db.connect();
      cleanup.push(() => db.end());
      const expected = new Map(accepted.map((m) => [m.id, m.recipient]));
      const missing = async (): Promise<string[]> => {
        const { rows } = await db.query<{ message_id: string; recipient: string; status: string }>(
          'select message_id, recipient, status from deliveries',
        );
        const terminal = new Set(
          rows.filter((r) => TERMINAL.has(r.status)).map((r) => `${r.message_id}|${r.recipient}`),
        );
        return [...expected].flatMap(([id, recipient]) => {
          const done =
            terminal.has(`${id}|${recipient}`) &&
            (recipient === WEBHOOK_AGENCY ? pushes.has(id) : handedOver.has(id));
          return done ? [] : [`${id} → ${recipient}`];
        });
      };
      let lost = await missing();
      for (let round = 0; lost.length > 0 && round < 900; round++) {
        await sleep(1_000);
        lost = await missing();
      }
      pulling = false;
      await Promise.all(pulls);

      // Only the test's kills stopped a process: none ended by itself along the way.
      const ended = processes.filter((p) => !p.up).map((p) => `${p.role}:\n${p.output()}`);
      // An orderly stop of every process, then the log as an auditor gets it.
      await Promise.all(processes.map((p) => p.stop()));
      const store = await openPostgresStore(postgres.url, 2);
      cleanup.push(() => store.close());
      const key = await loadGatewayKeyFile(keyFile);
      const log = await GatewayLog.open(store.store, key, () => new Date());
      const verification = await verifyLogExport(await log.export(), key.publicKey);
      const perEvent = new Map<string, number>();
      for (const leaf of await log.leaves()) {
        // One event: a kind about one message and recipient, one key, one policy version.
        const about = leaf as unknown as Record<string, string | number | undefined>;
        const event = [
          leaf.kind,
          about['messageId'] ?? about['agency'] ?? about['policy'] ?? about['requestId'] ?? '',
          about['to'] ?? about['fingerprint'] ?? about['policyVersion'] ?? '',
          leaf.kind === 'retention-sweep' ? leaf.seq : '',
        ]
          .map(String)
          .join('|');
        perEvent.set(event, (perEvent.get(event) ?? 0) + 1);
      }
      const repeated = [...perEvent].filter(([, count]) => count > 1);
      const disclosures = [...perEvent.keys()].filter((e) => e.startsWith('disclosure-allowed|'));

      const duplicates = [...handedOver.values()].filter((count) => count > 1).length;
      const extraPushes = [...pushes.values()].reduce((sum, count) => sum + count - 1, 0);
      const logVerified = verification.ok && repeated.length === 0;
      console.log(
        `fault-test messages=${accepted.length} kills=${kills} broker_restarts=${brokerRestarts} db_restarts=${dbRestarts} lost=${lost.length} duplicates=${duplicates} log=${logVerified ? 'verified' : 'failed'}`,
      );

      expect(ended).toEqual([]);
      expect(
        lost.slice(0, 10),
        `${pushes.size} webhook deliveries pushed, ${extraPushes} pushed again`,
      ).toEqual([]);
      expect(duplicates).toBe(0);
      expect(sdkFailures.slice(0, 5)).toEqual([]);
      expect(verification).toMatchObject({ ok: true });
      expect(repeated.slice(0, 10)).toEqual([]);
      expect(disclosures).toHaveLength(accepted.length);
      expect(accepted).toHaveLength(MESSAGES);
      expect(kills).toBeGreaterThanOrEqual(6);
    },
    60 * 60_000,
  );
});
