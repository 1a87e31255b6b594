import type { PublicKey } from 'openpgp';
import { z } from 'zod';
import type { LogStorage } from '../store/log-store.js';
import type { SignedTreeHead } from './tree-head.js';

/** The format name in an export's header line. */
export const EXPORT_FORMAT = 'nrm-transparency-log-export/v1';

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** First line: what this is and which gateway key signed its heads. */
export const ExportHeader = z.strictObject({
  type: z.literal('header'),
  format: z.literal(EXPORT_FORMAT),
  gatewayKeyFingerprint: z.string().regex(/^[0-9a-f]{40,64}$/),
  exportedAt: z.iso.datetime({ offset: true }),
});
export type ExportHeader = z.infer<typeof ExportHeader>;

/** One line per stored entry, in stored order: the leaf text and the stored leaf hash. */
export const ExportEntry = z.strictObject({
  type: z.literal('entry'),
  entry: z.string(),
  leafHash: z.string(),
});
export type ExportEntry = z.infer<typeof ExportEntry>;

/** One line per signed tree head the gateway issued. */
export const ExportTreeHead = z.strictObject({
  type: z.literal('tree-head'),
  treeSize: z.int().min(0),
  rootHash: Hex64,
  timestamp: z.iso.datetime({ offset: true }),
  signature: z.string().min(1),
});
export type ExportTreeHead = z.infer<typeof ExportTreeHead>;

/** Any line of an export. */
export const ExportLine = z.discriminatedUnion('type', [ExportHeader, ExportEntry, ExportTreeHead]);
export type ExportLine = z.infer<typeof ExportLine>;

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
