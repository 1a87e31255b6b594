import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HandedOverLog } from './handed-over-log.js';

const dirs: string[] = [];
function stateDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nrm-state-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('HandedOverLog', () => {
  it('remembers outcomes across instances (survives a restart)', () => {
    const dir = stateDir();
    const log = new HandedOverLog(dir);
    expect(log.outcome('a')).toBeUndefined();
    log.record('a', 'handed-over');
    log.record('b', 'rejected');
    const reopened = new HandedOverLog(dir);
    expect(reopened.outcome('a')).toBe('handed-over');
    expect(reopened.outcome('b')).toBe('rejected');
    expect(JSON.parse(readFileSync(join(dir, 'handed-over.json'), 'utf8'))).toEqual({
      version: 1,
      ids: { a: 'handed-over', b: 'rejected' },
    });
  });

  it('keeps a pending rejection with its code and reason across a restart, then its completion', () => {
    const dir = stateDir();
    const rejection = {
      code: 'DIGEST_MISMATCH',
      reason: 'bad digest',
      path: 'envelope.payloadDigest',
    };
    new HandedOverLog(dir).record('c', 'reject-pending', rejection);
    const reopened = new HandedOverLog(dir);
    expect(reopened.outcome('c')).toBe('reject-pending');
    expect(reopened.rejection('c')).toEqual(rejection);
    reopened.record('c', 'rejected');
    const done = new HandedOverLog(dir);
    expect(done.outcome('c')).toBe('rejected');
    expect(done.rejection('c')).toEqual(rejection);
    expect(JSON.parse(readFileSync(join(dir, 'handed-over.json'), 'utf8'))).toEqual({
      version: 1,
      ids: { c: 'rejected' },
      rejections: { c: rejection },
    });
  });

  it('creates a missing folder', () => {
    const dir = join(stateDir(), 'nested', 'state');
    new HandedOverLog(dir).record('x', 'handed-over');
    expect(new HandedOverLog(dir).outcome('x')).toBe('handed-over');
  });

  it('refuses a file that is not its own format', () => {
    const dir = stateDir();
    writeFileSync(join(dir, 'handed-over.json'), JSON.stringify({ something: 'else' }));
    expect(() => new HandedOverLog(dir)).toThrow(/not a handed-over log/);
  });

  it('surfaces an unreadable state file instead of silently starting empty', () => {
    const dir = stateDir();
    // A folder where the file should be: reading it fails with EISDIR.
    mkdirSync(join(dir, 'handed-over.json'));
    expect(() => new HandedOverLog(dir)).toThrow(/EISDIR/);
  });
});
