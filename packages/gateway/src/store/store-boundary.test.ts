import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The gateway's layering, read from its source: SQL only in src/store/, and nothing the
// server is built from reaches back up into src/server/.
const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === '__fixtures__' ? [] : sourceFiles(path);
    }
    // Tests may read or damage rows on purpose (tamper and fault tests).
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = sourceFiles(src).map((path) => ({
  path: relative(src, path),
  text: readFileSync(path, 'utf8'),
}));

const SQL = /\.(?:selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql`|\.transaction\(\)/;

// Entry points above the server: they start it.
const ABOVE_SERVER = ['server/', 'demo/', 'cli/', 'index.ts'];

describe('the store boundary', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.path === 'store/gateway-store.ts')).toBe(true);
  });

  it('no SQL outside src/store/', () => {
    const offenders = files
      .filter((f) => !f.path.startsWith('store/'))
      .filter((f) => SQL.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('no module below src/server/ imports from it', () => {
    const offenders = files
      .filter((f) => !ABOVE_SERVER.some((top) => f.path.startsWith(top)))
      .flatMap((f) =>
        [...f.text.matchAll(/from '([^']+)'/g)]
          .map((m) => m[1] ?? '')
          .filter((spec) => spec.startsWith('.'))
          .map((spec) => relative(src, resolve(src, dirname(f.path), spec)))
          .filter((target) => target.startsWith('server/'))
          .map((target) => `${f.path} -> ${target}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the rules would catch an offender', () => {
    expect(SQL.test("await db.selectFrom('messages')")).toBe(true);
    expect(SQL.test('await sql`select 1`.execute(db)')).toBe(true);
    expect(SQL.test('selectFromList(items)')).toBe(false);
  });
});
