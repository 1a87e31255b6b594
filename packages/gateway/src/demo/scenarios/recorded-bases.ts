import type { DemoRun } from '../demo-run.js';

/** What the DPO's disclosure records (`GET /v1/dpo/disclosures`) say about one disclosure. */
interface RecordedDisclosure {
  messageId: string;
  recipient: string;
  outcome: string;
  basis?: { kind: string; ruleId?: string; consentId?: string };
  reasonCode?: string;
}

/** `rule id`, `consent`, or `denied: reason` — what a disclosure relied on, in one word. */
function basisWord(d: RecordedDisclosure): string {
  if (d.outcome === 'denied') {
    return `denied: ${d.reasonCode ?? 'unknown'}`;
  }
  return d.basis?.kind === 'policy' ? (d.basis.ruleId ?? 'policy') : (d.basis?.kind ?? 'none');
}

/**
 * One trace line: the basis the DPO's records show for each recipient of a message (or, with
 * no message id, the subject's denied disclosures by `sender`), against what is expected.
 */
export async function recordBases(
  run: DemoRun,
  scenario: string,
  day: string,
  subject: string,
  messageId: string | undefined,
  expected: Readonly<Record<string, string>>,
  sender?: string,
): Promise<void> {
  const { disclosures } = (await run.dpoGet(
    `/v1/dpo/disclosures?subject=${encodeURIComponent(subject)}`,
  )) as { disclosures: (RecordedDisclosure & { sender: string })[] };
  const mine = disclosures.filter((d) =>
    messageId === undefined
      ? d.sender === sender && d.outcome === 'denied'
      : d.messageId === messageId,
  );
  const line = (pairs: [string, string][]) =>
    pairs
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([to, word]) => `${to}: ${word}`)
      .join('; ');
  run.record({
    scenario,
    day,
    from: 'DPO',
    to: [],
    type: 'disclosure records: the basis of each recipient',
    expected: line(Object.entries(expected)),
    answer: line(mine.map((d) => [d.recipient, basisWord(d)])) || 'none',
    delivery: '',
  });
}
