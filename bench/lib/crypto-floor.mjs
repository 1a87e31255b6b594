// The crypto floor: per 4 KiB message, one detached verify (what the gateway does with the
// sender's signature) and one detached sign (its receipt), with the library the gateway uses.
// Run as its own process so `taskset -c 0` holds it to one core; prints pairs per second.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  generateAgencyKey,
  readAgencyPrivateKey,
  signDetached,
  verifyDetached,
} from './client.mjs';

export async function cryptoFloor(seconds) {
  const at = new Date();
  const sender = await generateAgencyKey({ agencyId: 'bench.sender', at });
  const gateway = await generateAgencyKey({ agencyId: 'bench.gateway', at });
  const senderKey = await readAgencyPrivateKey(sender.privateKey);
  const gatewayKey = await readAgencyPrivateKey(gateway.privateKey);
  const message = randomBytes(4096);
  const signature = await signDetached(message, senderKey, at);
  const senderPublic = [senderKey.toPublic()];
  const pair = async () => {
    await verifyDetached(message, signature, senderPublic, at);
    await signDetached(message, gatewayKey, at);
  };
  for (let i = 0; i < 20; i++) {
    await pair();
  }
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    await pair();
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${await cryptoFloor(Number(process.argv[2] ?? 5))}\n`);
}
