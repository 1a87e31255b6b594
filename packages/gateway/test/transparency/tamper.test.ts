import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import fc from 'fast-check';
import { readKey } from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportLog,
  verifyLogExport,
  type LogProblem,
  type LogProblemCode,
  type SignedTreeHead,
} from '../../src/transparency/index.js';
import { hashLeaf, toHex } from '@nrm/client/transparency';
import {
  appendSamples,
  gatewayKey,
  openLog,
  openLogDb,
  tempDir,
  type GatewayKey,
} from './log-fixture.js';

// A real SQLite-backed log of 20 entries with signed heads at 5, 10, 16 and 20. Each test
// copies the file, edits rows behind the gateway's back with plain SQL, exports and verifies.
const SIZE = 20;
const HEAD_SIZES = [5, 10, 16, 20];
const temp = tempDir();
const original = join(temp.dir, 'gateway.sqlite');
let key: GatewayKey;
let heads: SignedTreeHead[];
let copies = 0;

beforeAll(async () => {
  key = await gatewayKey(new Date('2026-01-01T00:00:00Z'));
  const store = await openLogDb(original);
  const log = await openLog(store.storage, key);
  heads = [];
  let size = 0;
  for (const headSize of HEAD_SIZES) {
    await appendSamples(log, size, headSize);
    size = headSize;
    heads.push(await log.signedTreeHead());
  }
  await store.close();
});

afterAll(() => temp.remove());

/** Copy the pristine log, apply raw SQL edits, and export it as the gateway would. */
async function tamperedExport(edit: (sql: SQLite.Database) => void): Promise<string> {
  const file = join(temp.dir, `copy-${copies++}.sqlite`);
  copyFileSync(original, file);
  const sql = new SQLite(file);
  edit(sql);
  sql.close();
  const store = await openLogDb(file);
  const text = await exportLog(store.storage, {
    gatewayKey: await readKey({ armoredKey: key.publicKeyArmored }),
    exportedAt: new Date('2026-04-01T00:00:00Z'),
  });
  await store.close();
  return text;
}

async function problemsOf(text: string, knownHeads: SignedTreeHead[] = []): Promise<LogProblem[]> {
  const result = await verifyLogExport(text, key.publicKeyArmored, { knownHeads });
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

function has(problems: readonly LogProblem[], code: LogProblemCode, position?: number): boolean {
  return problems.some(
    (problem) => problem.code === code && (position === undefined || problem.position === position),
  );
}

function rows(sql: SQLite.Database): { seq: number; entry: string; leaf_hash: string }[] {
  return sql.prepare('select seq, entry, leaf_hash from transparency_log order by seq').all() as {
    seq: number;
    entry: string;
    leaf_hash: string;
  }[];
}

function leafHex(text: string): string {
  return toHex(hashLeaf(new TextEncoder().encode(text)));
}

/** Change one fact of an entry, keeping it a valid canonical leaf. */
function edited(entry: string): string {
  return entry.replace(
    /"at":"2026-0(\d)/,
    (_, month: string) => `"at":"2026-0${(Number(month) % 9) + 1}`,
  );
}

describe('an untouched log', () => {
  it('verifies, with the size and root of the newest signed head', async () => {
    const text = await tamperedExport(() => undefined);
    const result = await verifyLogExport(text, key.publicKeyArmored);
    expect(result).toEqual({
      ok: true,
      treeSize: SIZE,
      rootHash: heads.at(-1)?.rootHash,
      entries: SIZE,
      treeHeads: HEAD_SIZES.length,
    });
  });

  it('keeps only pseudonymous facts: no field outside the schema reaches a leaf', async () => {
    const text = await tamperedExport(() => undefined);
    for (const line of text
      .trim()
      .split('\n')
      .slice(1, SIZE + 1)) {
      const { entry } = JSON.parse(line) as { entry: string };
      const fields = Object.keys(JSON.parse(entry) as object);
      expect(fields.every((f) => /^[a-zA-Z]+$/.test(f))).toBe(true);
      expect(entry).not.toMatch(/name|narrative|birth/i);
    }
  });
});

describe('modifying a stored entry', () => {
  it.each(Array.from({ length: SIZE }, (_, i) => i))(
    'entry %i with its stored hash left alone: ENTRY_MODIFIED names it',
    async (position) => {
      const problems = await problemsOf(
        await tamperedExport((sql) => {
          const row = rows(sql)[position]!;
          sql
            .prepare('update transparency_log set entry = ? where seq = ?')
            .run(edited(row.entry), position);
        }),
      );
      expect(has(problems, 'ENTRY_MODIFIED', position)).toBe(true);
      expect(has(problems, 'ROOT_MISMATCH')).toBe(true);
    },
  );

  it.each(Array.from({ length: SIZE }, (_, i) => i))(
    'entry %i with a recomputed hash: ROOT_MISMATCH locates it between signed heads',
    async (position) => {
      const problems = await problemsOf(
        await tamperedExport((sql) => {
          const text = edited(rows(sql)[position]!.entry);
          sql
            .prepare('update transparency_log set entry = ?, leaf_hash = ? where seq = ?')
            .run(text, leafHex(text), position);
        }),
      );
      const mismatches = problems.filter((p) => p.code === 'ROOT_MISMATCH');
      expect(mismatches.length).toBeGreaterThan(0);
      // The first mismatching head is the first one covering the position, and the
      // reported range starts at the largest head below it that still verifies.
      const first = mismatches.reduce((a, b) => ((a.treeSize ?? 0) < (b.treeSize ?? 0) ? a : b));
      const covering = HEAD_SIZES.find((size) => size > position)!;
      const below = [0, ...HEAD_SIZES].filter((size) => size <= position).at(-1)!;
      expect(first.treeSize).toBe(covering);
      expect(first.position).toBe(below);
      expect(position).toBeGreaterThanOrEqual(first.position!);
      expect(position).toBeLessThan(first.treeSize!);
    },
  );

  it('into something that is not a canonical leaf: ENTRY_MODIFIED', async () => {
    const problems = await problemsOf(
      await tamperedExport((sql) => {
        const text = ` ${rows(sql)[3]!.entry}`;
        sql
          .prepare('update transparency_log set entry = ?, leaf_hash = ? where seq = 3')
          .run(text, leafHex(text));
      }),
    );
    expect(has(problems, 'ENTRY_MODIFIED', 3)).toBe(true);
  });

  it('adding a name to an entry is rejected as not a leaf the gateway writes', async () => {
    const problems = await problemsOf(
      await tamperedExport((sql) => {
        const text = rows(sql)[7]!.entry.replace('{', '{"name":"Ana",');
        sql
          .prepare('update transparency_log set entry = ?, leaf_hash = ? where seq = 7')
          .run(text, leafHex(text));
      }),
    );
    expect(has(problems, 'ENTRY_MODIFIED', 7)).toBe(true);
  });
});

describe('deleting a stored entry', () => {
  it.each(Array.from({ length: SIZE - 1 }, (_, i) => i))(
    'entry %i: ENTRY_MISSING names it',
    async (position) => {
      const problems = await problemsOf(
        await tamperedExport((sql) => {
          sql.prepare('delete from transparency_log where seq = ?').run(position);
        }),
      );
      expect(has(problems, 'ENTRY_MISSING', position)).toBe(true);
    },
  );

  it('the last entry: the newest signed head covers more than the export holds', async () => {
    const problems = await problemsOf(
      await tamperedExport((sql) => {
        sql.prepare('delete from transparency_log where seq = ?').run(SIZE - 1);
      }),
    );
    expect(has(problems, 'ENTRY_MISSING', SIZE - 1)).toBe(true);
  });

  it('the last entries together with the newer heads: an earlier head still exposes them', async () => {
    // The head of size 20 that an agency kept from a receipt.
    const kept = heads[HEAD_SIZES.length - 1]!;
    const problems = await problemsOf(
      await tamperedExport((sql) => {
        sql.prepare('delete from transparency_log where seq >= 16').run();
        sql.prepare('delete from transparency_tree_heads where tree_size > 16').run();
      }),
      [kept],
    );
    expect(has(problems, 'ENTRY_MISSING', 16)).toBe(true);
  });
});

describe('reordering stored entries', () => {
  it.each([
    [0, 1],
    [3, 4],
    [2, 9],
    [12, 19],
  ])('swapping %i and %i: ORDER_CHANGED names both', async (a, b) => {
    const problems = await problemsOf(
      await tamperedExport((sql) => {
        const all = rows(sql);
        const update = sql.prepare(
          'update transparency_log set entry = ?, leaf_hash = ? where seq = ?',
        );
        update.run(all[b]!.entry, all[b]!.leaf_hash, a);
        update.run(all[a]!.entry, all[a]!.leaf_hash, b);
      }),
    );
    expect(has(problems, 'ORDER_CHANGED', a)).toBe(true);
    expect(has(problems, 'ORDER_CHANGED', b)).toBe(true);
    expect(has(problems, 'ROOT_MISMATCH')).toBe(true);
  });

  it('renumbering rows (moving one entry to the end): ORDER_CHANGED', async () => {
    const problems = await problemsOf(
      await tamperedExport((sql) => {
        sql.prepare('update transparency_log set seq = 100 where seq = 6').run();
      }),
    );
    expect(has(problems, 'ORDER_CHANGED', SIZE - 1)).toBe(true);
  });
});

describe('inserting an entry', () => {
  it('at the end, beyond every signed head: ENTRY_INSERTED names it', async () => {
    const problems = await problemsOf(
      await tamperedExport((sql) => {
        const forged = rows(sql)[1]!.entry.replace('"seq":1', `"seq":${SIZE}`);
        sql
          .prepare(
            'insert into transparency_log (seq, entry, leaf_hash, appended_at) values (?, ?, ?, ?)',
          )
          .run(SIZE, forged, leafHex(forged), '2026-03-30T00:00:00.000Z');
      }),
    );
    expect(has(problems, 'ENTRY_INSERTED', SIZE)).toBe(true);
  });

  it.each([0, 7, 15])('before entry %i, renumbering the rest: detected', async (position) => {
    const problems = await problemsOf(
      await tamperedExport((sql) => {
        const all = rows(sql);
        const forged = edited(all[position]!.entry);
        // Shift from the top down so the primary key never collides.
        for (const row of [...all].reverse().filter((r) => r.seq >= position)) {
          sql
            .prepare('update transparency_log set seq = ? where seq = ?')
            .run(row.seq + 1, row.seq);
        }
        sql
          .prepare(
            'insert into transparency_log (seq, entry, leaf_hash, appended_at) values (?, ?, ?, ?)',
          )
          .run(position, forged, leafHex(forged), '2026-03-30T00:00:00.000Z');
      }),
    );
    expect(has(problems, 'ENTRY_INSERTED', position + 1)).toBe(true);
    expect(has(problems, 'ROOT_MISMATCH')).toBe(true);
  });

  it('with a fabricated position of its own, mid-log: ENTRY_INSERTED', async () => {
    const problems = await problemsOf(
      await tamperedExport((sql) => {
        sql.prepare('update transparency_log set seq = seq + 1000 where seq >= 10').run();
        // A copy of entry 2, valid and correctly hashed, slipped in where entry 10 was.
        const forged = rows(sql)[2]!.entry;
        sql
          .prepare(
            'insert into transparency_log (seq, entry, leaf_hash, appended_at) values (?, ?, ?, ?)',
          )
          .run(10, forged, leafHex(forged), '2026-03-30T00:00:00.000Z');
      }),
    );
    expect(has(problems, 'ENTRY_INSERTED', 10)).toBe(true);
  });
});

describe('the tree heads and the export itself', () => {
  it('a signed head edited in the table: STH_SIGNATURE_INVALID', async () => {
    const problems = await problemsOf(
      await tamperedExport((sql) => {
        sql.prepare('update transparency_tree_heads set tree_size = 9 where tree_size = 10').run();
      }),
    );
    expect(has(problems, 'STH_SIGNATURE_INVALID')).toBe(true);
  });

  it('all heads deleted: NO_TREE_HEAD', async () => {
    const problems = await problemsOf(
      await tamperedExport((sql) => {
        sql.prepare('delete from transparency_tree_heads').run();
      }),
    );
    expect(problems.map((p) => p.code)).toEqual(['NO_TREE_HEAD']);
  });

  it('a header naming another key: KEY_MISMATCH', async () => {
    const text = await tamperedExport(() => undefined);
    const [header, ...rest] = text.split('\n');
    const other = header!.replace(
      /"gatewayKeyFingerprint":"[0-9a-f]+"/,
      `"gatewayKeyFingerprint":"${'d'.repeat(40)}"`,
    );
    const problems = await problemsOf([other, ...rest].join('\n'));
    expect(has(problems, 'KEY_MISMATCH')).toBe(true);
  });

  it('a line that is not part of the format, or a missing header: EXPORT_MALFORMED', async () => {
    const text = await tamperedExport(() => undefined);
    const lines = text.trimEnd().split('\n');
    const garbled = [...lines.slice(0, 3), 'not json', ...lines.slice(3)].join('\n');
    expect(has(await problemsOf(garbled), 'EXPORT_MALFORMED', 4)).toBe(true);
    const headless = lines.slice(1).join('\n');
    expect(has(await problemsOf(headless), 'EXPORT_MALFORMED', 1)).toBe(true);
    const twoHeaders = [lines[0], ...lines].join('\n');
    expect(has(await problemsOf(twoHeaders), 'EXPORT_MALFORMED', 2)).toBe(true);
  });

  it('a key that is not a key is the caller’s error, not a finding', async () => {
    const text = await tamperedExport(() => undefined);
    await expect(verifyLogExport(text, 'not a key')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('a gateway restarted over a rewritten log', () => {
  it('refuses to open when the rows no longer match their hashes or the newest head', async () => {
    for (const edit of [
      (sql: SQLite.Database) => {
        sql.prepare("update transparency_log set entry = entry || ' ' where seq = 4").run();
      },
      (sql: SQLite.Database) => {
        const text = edited(rows(sql)[4]!.entry);
        sql
          .prepare('update transparency_log set entry = ?, leaf_hash = ? where seq = 4')
          .run(text, leafHex(text));
      },
      (sql: SQLite.Database) => {
        sql.prepare('delete from transparency_log where seq = 4').run();
      },
      (sql: SQLite.Database) => {
        sql.prepare('delete from transparency_log where seq = 19').run();
      },
    ]) {
      const file = join(temp.dir, `restart-${copies++}.sqlite`);
      copyFileSync(original, file);
      const sql = new SQLite(file);
      edit(sql);
      sql.close();
      const store = await openLogDb(file);
      await expect(openLog(store.storage, key)).rejects.toMatchObject({
        code: 'INTERNAL',
        message: expect.stringMatching(/^Transparency log inconsistent/) as unknown,
      });
      await store.close();
    }
  });

  it('when its heads were deleted too, re-signs the rewritten history: heads kept by others expose the fork', async () => {
    const file = join(temp.dir, `restart-${copies++}.sqlite`);
    copyFileSync(original, file);
    const sql = new SQLite(file);
    const text = edited(rows(sql)[12]!.entry);
    sql
      .prepare('update transparency_log set entry = ?, leaf_hash = ? where seq = 12')
      .run(text, leafHex(text));
    sql.prepare('delete from transparency_tree_heads').run();
    sql.close();
    const store = await openLogDb(file);
    const log = await openLog(store.storage, key);
    await log.signedTreeHead(new Date('2026-04-01T00:00:00Z'));
    const exported = await exportLog(store.storage, {
      gatewayKey: await readKey({ armoredKey: key.publicKeyArmored }),
      exportedAt: new Date('2026-04-01T00:00:00Z'),
    });
    await store.close();

    // Alone, the rewritten export is self-consistent: only outside heads can tell.
    expect((await verifyLogExport(exported, key.publicKeyArmored)).ok).toBe(true);
    const problems = await problemsOf(exported, heads);
    expect(has(problems, 'FORK_DETECTED')).toBe(true);
    const mismatch = problems.find((p) => p.code === 'ROOT_MISMATCH' && p.treeSize === 16);
    expect(mismatch?.position).toBe(10);
    expect(has(problems, 'ROOT_MISMATCH', 10)).toBe(true);
  });
});

describe('any single tamper (fast-check)', () => {
  type Tamper =
    | { op: 'modify'; at: number; rehash: boolean }
    | { op: 'delete'; at: number }
    | { op: 'swap'; at: number; with: number }
    | { op: 'insert'; at: number };
  const position = fc.integer({ min: 0, max: SIZE - 1 });
  const tamper: fc.Arbitrary<Tamper> = fc.oneof(
    fc.record({ op: fc.constant('modify' as const), at: position, rehash: fc.boolean() }),
    fc.record({ op: fc.constant('delete' as const), at: position }),
    fc
      .tuple(position, position)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => ({ op: 'swap' as const, at: Math.min(a, b), with: Math.max(a, b) })),
    fc.record({ op: fc.constant('insert' as const), at: position }),
  );

  function apply(sql: SQLite.Database, t: Tamper): void {
    const all = rows(sql);
    const update = sql.prepare(
      'update transparency_log set entry = ?, leaf_hash = ? where seq = ?',
    );
    if (t.op === 'modify') {
      const text = edited(all[t.at]!.entry);
      update.run(text, t.rehash ? leafHex(text) : all[t.at]!.leaf_hash, t.at);
    } else if (t.op === 'delete') {
      sql.prepare('delete from transparency_log where seq = ?').run(t.at);
    } else if (t.op === 'swap') {
      update.run(all[t.with]!.entry, all[t.with]!.leaf_hash, t.at);
      update.run(all[t.at]!.entry, all[t.at]!.leaf_hash, t.with);
    } else {
      for (const row of [...all].reverse().filter((r) => r.seq >= t.at)) {
        sql.prepare('update transparency_log set seq = ? where seq = ?').run(row.seq + 1, row.seq);
      }
      const forged = edited(all[t.at]!.entry);
      sql
        .prepare(
          'insert into transparency_log (seq, entry, leaf_hash, appended_at) values (?, ?, ?, ?)',
        )
        .run(t.at, forged, leafHex(forged), '2026-03-30T00:00:00.000Z');
    }
  }

  it('is detected, and a finding names a position at or before the tampered one', async () => {
    await fc.assert(
      fc.asyncProperty(tamper, async (t) => {
        const problems = await problemsOf(await tamperedExport((sql) => apply(sql, t)));
        const positions = problems.flatMap((p) => (p.position === undefined ? [] : [p.position]));
        return problems.length > 0 && positions.some((p) => p <= t.at + 1);
      }),
      { numRuns: 60 },
    );
  });
});
