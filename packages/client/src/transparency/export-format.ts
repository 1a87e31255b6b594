import { z } from 'zod';

// The transparency log export (`nrm-transparency-log-export/v1`): what the gateway writes
// and the offline verifier reads, line by line.

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
