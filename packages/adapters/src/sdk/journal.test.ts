import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Journal, journalKey } from './journal.js';

describe('Journal', () => {
  const dirs: string[] = [];
  const file = () => {
    const dir = mkdtempSync(join(tmpdir(), 'nrm-journal-'));
    dirs.push(dir);
    return join(dir, 'journal.jsonl');
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the newest entry per key across a reopen', () => {
    const path = file();
    const key = journalKey('police', 'KU-1', 'abc', 0);
    const journal = new Journal(path);
    journal.append({
      kind: 'prepared',
      key,
      submission: { envelope: 'e', envelopeSignature: 's', payload: 'p' },
    });
    journal.append({ kind: 'sent', key, messageId: 'm1' });
    journal.close();
    const reopened = new Journal(path);
    expect(reopened.get(key)).toEqual({ kind: 'sent', key, messageId: 'm1' });
    expect(reopened.pending()).toEqual([]);
    reopened.close();
  });

  it('ignores a torn last line (a crash mid-write) and keeps every complete line', () => {
    const path = file();
    const key = journalKey('police', 'KU-2', 'def', 0);
    const journal = new Journal(path);
    journal.append({
      kind: 'prepared',
      key,
      submission: { envelope: 'e', envelopeSignature: 's', payload: 'p' },
    });
    journal.close();
    appendFileSync(path, '{"kind":"sent","key":');
    const reopened = new Journal(path);
    expect(reopened.pending().map((entry) => entry.key)).toEqual([key]);
    reopened.append({ kind: 'sent', key, messageId: 'm2' });
    reopened.close();
    // The torn line stays a line of its own: the next entry is still read.
    expect(new Journal(path).get(key)).toEqual({ kind: 'sent', key, messageId: 'm2' });
    expect(
      readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line !== ''),
    ).toHaveLength(3);
  });
});
