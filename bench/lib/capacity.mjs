import { performance } from 'node:perf_hooks';
import { demoAgency } from './agencies.mjs';
import { acknowledge, inParallel, pull, submit, warmToken } from './exchange.mjs';
import { presealer } from './presealed.mjs';

export const SENDER = 'rs.police.belgrade-thb';
export const RECIPIENTS = ['rs.cptv', 'rs.csw.belgrade'];

/**
 * Gateway capacity: `total` pre-signed messages to two recipients, submitted, pulled from each
 * inbox and acknowledged. Messages are signed in batches outside the timed spans (an envelope's
 * createdAt must stay inside the replay window), so only the gateway's work is on the clock.
 * Returns messages per second of timed work (each message = 1 submit + 2 pulls + 2 acks).
 */
export async function capacity(gateway, { total, batch = 500, concurrency = 32 }) {
  const sender = await demoAgency(gateway.dataDir, SENDER);
  const recipients = await Promise.all(RECIPIENTS.map((id) => demoAgency(gateway.dataDir, id)));
  for (const agency of [sender, ...recipients]) {
    await warmToken(gateway.url, agency);
  }
  const next = await presealer({ sender, recipients });
  let timedMs = 0;
  for (let done = 0; done < total; done += batch) {
    const messages = [];
    for (let i = 0; i < Math.min(batch, total - done); i++) {
      messages.push(await next());
    }
    const byId = new Map(messages.map((m) => [m.id, m]));
    const start = performance.now();
    await inParallel(messages, concurrency, (m) => submit(gateway.url, sender, m));
    await Promise.all(
      recipients.map(async (recipient) => {
        let acked = 0;
        while (acked < messages.length) {
          const waiting = (await pull(gateway.url, recipient)).filter((m) => byId.has(m.id));
          if (waiting.length === 0) {
            throw new Error(`${recipient.id}: ${messages.length - acked} messages never arrived`);
          }
          await inParallel(waiting, concurrency / 2, (m) =>
            acknowledge(gateway.url, recipient, m.id, byId.get(m.id).acks.get(recipient.id)),
          );
          acked += waiting.length;
        }
      }),
    );
    timedMs += performance.now() - start;
  }
  return total / (timedMs / 1000);
}
