import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InboxItem } from '../index.js';

/**
 * Write one inbox item under `out`: `<id>/envelope.json` (the exact signed bytes),
 * `<id>/payload.json` (validated, upgraded) and `<id>/meta.json` (signer, versions);
 * a message that failed a check becomes `<id>.rejected.json` with the error when the gateway
 * recorded the rejection (the sender sees it), or `<id>.failed.json` when the failure was
 * transient and the message stays in the inbox for a later fetch. Returns a summary line.
 */
export function writeInboxItem(out: string, item: InboxItem): string {
  mkdirSync(out, { recursive: true });
  if (!item.ok) {
    const rejected = item.rejected === true;
    writeFileSync(
      join(out, `${safeName(item.id)}.${rejected ? 'rejected' : 'failed'}.json`),
      `${JSON.stringify({ id: item.id, rejected, error: item.error.toJSON() }, null, 2)}\n`,
    );
    return rejected
      ? `rejected ${item.id}: ${item.error.code} ${item.error.message} (rejected on the gateway; the sender sees it)`
      : `failed ${item.id}: ${item.error.code} ${item.error.message} (left in the inbox; it comes again)`;
  }
  const { message } = item;
  const dir = join(out, safeName(message.id));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'envelope.json'), message.envelopeBytes);
  writeFileSync(join(dir, 'payload.json'), `${JSON.stringify(message.payload, null, 2)}\n`);
  const meta = {
    id: message.id,
    type: message.envelope.type,
    writtenVersion: message.envelope.version,
    payloadVersion: message.payloadVersion,
    from: message.envelope.from,
    signerFingerprint: message.signerFingerprint,
    signedAt: message.signedAt.toISOString(),
  };
  writeFileSync(join(dir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return `received ${message.id} ${message.envelope.type} v${String(message.envelope.version)} from ${message.envelope.from}`;
}

/** Ids come from the network: never let one name a path outside `out`. */
function safeName(id: string): string {
  return id.replace(/[^0-9A-Za-z_.-]/g, '_').replace(/^\.+/, '_');
}
