import type { ErasureDeletion, ErasureRetention } from '@nrm/domain';
import type { RetainedCiphertext } from '../retention/retention-sweep.js';

// Plain-text output of the DPO's erasure and retention commands: what happens to each
// stored item and why, in the words of the retention rules rather than their codes alone.

const ITEM_WORDS = {
  ciphertext: (id: string) => `message ${id} (encrypted content)`,
  'consent-evidence': (id: string) => `consent ${id} (signed consent form)`,
  'transparency-log': () => 'transparency log entries (pseudonymous facts)',
} as const;

const REASON_WORDS: Readonly<Record<string, string>> = {
  'retention-elapsed': 'its retention period has ended',
  'erasure-request': 'every recipient has it; the request overrides the re-download grace',
  'legal-proceedings': 'legal hold: proceedings about the person are pending',
  'withheld-evidence': 'evidence of a withheld delivery the DPO may need to examine',
  'awaiting-delivery': 'a recipient has not received it yet and it has not expired',
  'consent-in-force': 'the consent is still in force: it must be withdrawn first',
  'consent-evidence-period':
    'proves past disclosures lawful for a set time after the consent ended',
  'pseudonymous-log': 'append-only and pseudonymous: kept for ever, never names the person',
  'acknowledged-grace': 'every recipient acknowledged it; kept for the re-download grace',
};

function itemText(item: ErasureDeletion['item']): string {
  switch (item.kind) {
    case 'ciphertext':
      return ITEM_WORDS.ciphertext(item.messageId);
    case 'consent-evidence':
      return ITEM_WORDS['consent-evidence'](item.consentId);
    case 'transparency-log':
      return ITEM_WORDS['transparency-log']();
  }
}

const reasonText = (code: string): string => `${REASON_WORDS[code] ?? code} [${code}]`;

/** The outcome of `nrm dpo erase`, dry run or executed. */
export function erasureText(outcome: {
  dryRun: boolean;
  requestId: string;
  deleted: readonly ErasureDeletion[];
  kept: readonly ErasureRetention[];
  logged: object;
}): string {
  const would = outcome.dryRun ? 'Would ' : '';
  const lines = [
    outcome.dryRun
      ? 'DRY RUN: nothing was deleted or logged. To execute, repeat with --yes (or --confirm <pseudonym>).'
      : `Erasure executed (request ${outcome.requestId}).`,
    '',
    `${would}${outcome.dryRun ? 'delete' : 'Deleted'} (${outcome.deleted.length}):`,
    ...(outcome.deleted.length === 0 ? ['  nothing'] : []),
    ...outcome.deleted.map((d) => `  - ${itemText(d.item)}: ${reasonText(d.reason)}`),
    '',
    `${would}${outcome.dryRun ? 'keep' : 'Kept'} (${outcome.kept.length}):`,
    ...outcome.kept.map((k) => {
      const until = k.until === undefined ? '' : ` until ${k.until}`;
      const reference = k.reference === undefined ? '' : ` (${k.reference})`;
      return `  - ${itemText(k.item)}${until}: ${reasonText(k.reason)}${reference}`;
    }),
    '',
    `${would}${outcome.dryRun ? 'log' : 'Logged'} in the transparency log: ${JSON.stringify(outcome.logged)}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** `nrm dpo retention preview`. */
export function retentionPreviewText(preview: {
  at: string;
  due: readonly RetainedCiphertext[];
  kept: readonly RetainedCiphertext[];
}): string {
  const row = (c: RetainedCiphertext) =>
    `  - message ${c.messageId} of ${c.subject}, deletable from ${c.deletableAt}: ${reasonText(c.heldBy)}`;
  const lines = [
    `Retention sweep preview at ${preview.at} (nothing was deleted).`,
    '',
    `Due now, a sweep would delete (${preview.due.length}):`,
    ...(preview.due.length === 0 ? ['  nothing'] : preview.due.map(row)),
    '',
    `Kept for now (${preview.kept.length}):`,
    ...(preview.kept.length === 0 ? ['  nothing'] : preview.kept.map(row)),
    '',
    'To delete what is due now: nrm dpo retention run --yes (logged as a retention-sweep entry).',
  ];
  return `${lines.join('\n')}\n`;
}

/** `nrm dpo retention run --yes`. */
export function sweepText(swept: { at: string; deleted: readonly string[] }): string {
  return [
    `Retention sweep run at ${swept.at}; logged as a retention-sweep entry.`,
    `Deleted the encrypted content of ${swept.deleted.length} message(s)${swept.deleted.length === 0 ? '.' : ':'}`,
    ...swept.deleted.map((id) => `  - ${id}`),
    '',
  ].join('\n');
}
