import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GatewayError } from '../errors/index.js';
import { exampleEnvelope } from '../sdk/__fixtures__/envelopes.js';
import { writeInboxItem } from './inbox-output.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});
function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nrm-out-'));
  dirs.push(dir);
  return join(dir, 'inbox');
}

describe('writeInboxItem', () => {
  it('writes the exact envelope bytes, the upgraded payload and the facts', () => {
    const out = outDir();
    const envelopeBytes = new TextEncoder().encode(JSON.stringify(exampleEnvelope));
    const line = writeInboxItem(out, {
      ok: true,
      message: {
        id: exampleEnvelope.id,
        envelope: exampleEnvelope,
        envelopeBytes,
        payload: { id: 'ref_x' },
        payloadVersion: 2,
        signerFingerprint: 'ab'.repeat(20),
        signedAt: new Date('2026-01-15T10:00:00Z'),
      },
    });
    expect(line).toBe(`received ${exampleEnvelope.id} nrm.referral v1 from rs.police.belgrade-thb`);
    const dir = join(out, exampleEnvelope.id);
    expect(readFileSync(join(dir, 'envelope.json'))).toEqual(Buffer.from(envelopeBytes));
    expect(JSON.parse(readFileSync(join(dir, 'payload.json'), 'utf8'))).toEqual({ id: 'ref_x' });
    expect(JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'))).toMatchObject({
      writtenVersion: 1,
      payloadVersion: 2,
      signedAt: '2026-01-15T10:00:00.000Z',
    });
  });

  it('writes a rejection with its error, and never lets an id from the network leave the folder', () => {
    const out = outDir();
    const line = writeInboxItem(out, {
      ok: false,
      id: '../../escape',
      error: new GatewayError('DIGEST_MISMATCH', { path: 'envelope.payloadDigest' }),
      rejected: true,
    });
    expect(line).toMatch(/^rejected \.\.\/\.\.\/escape: DIGEST_MISMATCH .*rejected on the gateway/);
    expect(readdirSync(out)).toEqual(['__.._escape.rejected.json']);
    expect(existsSync(join(out, '..', '..', 'escape.rejected.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(out, '__.._escape.rejected.json'), 'utf8'))).toMatchObject({
      rejected: true,
      error: { code: 'DIGEST_MISMATCH', path: 'envelope.payloadDigest' },
    });
  });

  it('writes a transient failure as <id>.failed.json: not rejected, it comes again', () => {
    const out = outDir();
    const line = writeInboxItem(out, {
      ok: false,
      id: 'm1',
      error: new GatewayError('RATE_LIMITED'),
    });
    expect(line).toMatch(/^failed m1: RATE_LIMITED .*comes again/);
    expect(readdirSync(out)).toEqual(['m1.failed.json']);
    expect(JSON.parse(readFileSync(join(out, 'm1.failed.json'), 'utf8'))).toMatchObject({
      rejected: false,
      error: { code: 'RATE_LIMITED' },
    });
  });
});
