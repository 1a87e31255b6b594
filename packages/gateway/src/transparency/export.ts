import type { PublicKey } from 'openpgp';
import {
  EXPORT_FORMAT,
  type ExportEntry,
  type ExportHeader,
  type ExportTreeHead,
  type SignedTreeHead,
} from '@nrm/client/transparency';
import type { LogStorage } from '../store/log-store.js';

/** What {@link exportLog} writes besides the stored rows. */
export interface ExportOptions {
  /** The gateway's public key (its fingerprint goes into the header). */
  gatewayKey: PublicKey;
  exportedAt: Date;
}

/**
 * Export a stored log as JSON lines: a header, every stored entry exactly as stored (in
 * position order) and every stored signed tree head. The export is a raw copy, not a
 * checked one: whatever was done to the rows is what the offline verifier gets to see.
 * Sign a fresh head first (`TransparencyLog.signedTreeHead`) so the export covers all.
 */
export async function exportLog(storage: LogStorage, options: ExportOptions): Promise<string> {
  const header: ExportHeader = {
    type: 'header',
    format: EXPORT_FORMAT,
    gatewayKeyFingerprint: options.gatewayKey.getFingerprint(),
    exportedAt: options.exportedAt.toISOString(),
  };
  const lines: string[] = [JSON.stringify(header)];
  const rows = await storage.entries(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  for (const row of rows) {
    const line: ExportEntry = { type: 'entry', entry: row.entry, leafHash: row.leafHash };
    lines.push(JSON.stringify(line));
  }
  for (const head of await storage.treeHeads()) {
    lines.push(JSON.stringify(treeHeadLine(head)));
  }
  return `${lines.join('\n')}\n`;
}

function treeHeadLine(head: SignedTreeHead): ExportTreeHead {
  return {
    type: 'tree-head',
    treeSize: head.treeSize,
    rootHash: head.rootHash,
    timestamp: head.timestamp,
    signature: head.signature,
  };
}
