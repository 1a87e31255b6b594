import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { REFERRAL } from '../referral/definition.js';
import { MAX_DEPTH, MAX_PAYLOAD_BYTES } from './limits.js';
import { parseMessage, readMessage } from './parse-message.js';

const v3 = REFERRAL.examples[3] as Record<string, unknown>;
const v2 = REFERRAL.examples[2] as Record<string, unknown>;
const v1 = REFERRAL.examples[1] as Record<string, unknown>;

function nested(depth: number): unknown {
  let v: unknown = 0;
  for (let i = 0; i < depth; i++) {
    v = [v];
  }
  return v;
}

describe('parseMessage', () => {
  it('accepts a valid payload as a value, JSON text or UTF-8 bytes', () => {
    expect(parseMessage('nrm.referral', 2, v2)).toEqual({ ok: true, value: v2 });
    expect(parseMessage('nrm.referral', 2, JSON.stringify(v2))).toEqual({ ok: true, value: v2 });
    expect(parseMessage('nrm.referral', 2, new TextEncoder().encode(JSON.stringify(v2)))).toEqual({
      ok: true,
      value: v2,
    });
  });

  it('UNKNOWN_TYPE and UNKNOWN_VERSION', () => {
    expect(parseMessage('nrm.gossip', 1, v2)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_TYPE' },
    });
    expect(parseMessage('nrm.referral', 4, v2)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_VERSION' },
    });
    expect(parseMessage('nrm.referral', 1.5, v2)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_VERSION' },
    });
    expect(parseMessage('toString', 1, v2)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_TYPE' },
    });
  });

  it('SCHEMA_INVALID lists every issue with its path', () => {
    const bad = {
      ...v2,
      recipients: [],
      subject: { ...(v2.subject as object), gender: 'x' },
      extra: 1,
    };
    const result = parseMessage('nrm.referral', 2, bad);
    expect(result.ok).toBe(false);
    if (result.ok) {
      return;
    }
    expect(result.error.code).toBe('SCHEMA_INVALID');
    expect(result.error.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'extra',
      'recipients',
      'subject.gender',
    ]);
  });

  it('MALFORMED_JSON for bad text, bad UTF-8 and values JSON cannot hold', () => {
    expect(parseMessage('nrm.referral', 2, '{"id":')).toMatchObject({
      ok: false,
      error: { code: 'MALFORMED_JSON' },
    });
    expect(parseMessage('nrm.referral', 2, new Uint8Array([0x7b, 0xff, 0x7d]))).toMatchObject({
      ok: false,
      error: { code: 'MALFORMED_JSON' },
    });
    expect(parseMessage('nrm.referral', 2, { n: 1n })).toMatchObject({
      ok: false,
      error: { code: 'MALFORMED_JSON' },
    });
    expect(parseMessage('nrm.referral', 2, undefined)).toMatchObject({
      ok: false,
      error: { code: 'MALFORMED_JSON' },
    });
  });

  it('PAYLOAD_TOO_LARGE for text, bytes and values over 1 MiB, before parsing', () => {
    const big = JSON.stringify({ ...v2, area: 'x'.repeat(MAX_PAYLOAD_BYTES) });
    expect(parseMessage('nrm.referral', 2, big)).toMatchObject({
      ok: false,
      error: { code: 'PAYLOAD_TOO_LARGE' },
    });
    expect(parseMessage('nrm.referral', 2, new Uint8Array(MAX_PAYLOAD_BYTES + 1))).toMatchObject({
      ok: false,
      error: { code: 'PAYLOAD_TOO_LARGE' },
    });
    expect(parseMessage('nrm.referral', 2, JSON.parse(big))).toMatchObject({
      ok: false,
      error: { code: 'PAYLOAD_TOO_LARGE' },
    });
    // Multi-byte characters count as bytes, not characters.
    expect(parseMessage('nrm.referral', 2, `"${'ž'.repeat(MAX_PAYLOAD_BYTES / 2)}"`)).toMatchObject(
      { ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } },
    );
  });

  it('PAYLOAD_TOO_DEEP beyond 32 levels, for text and values, without recursion', () => {
    expect(parseMessage('nrm.referral', 2, JSON.stringify(nested(MAX_DEPTH + 1)))).toMatchObject({
      ok: false,
      error: { code: 'PAYLOAD_TOO_DEEP' },
    });
    expect(parseMessage('nrm.referral', 2, nested(100_000))).toMatchObject({
      ok: false,
      error: { code: 'PAYLOAD_TOO_DEEP' },
    });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(parseMessage('nrm.referral', 2, cyclic)).toMatchObject({
      ok: false,
      error: { code: 'PAYLOAD_TOO_DEEP' },
    });
    // Exactly at the limit is not too deep; it is just not a referral.
    expect(parseMessage('nrm.referral', 2, nested(MAX_DEPTH))).toMatchObject({
      ok: false,
      error: { code: 'SCHEMA_INVALID' },
    });
  });

  it('never throws, whatever it is given', () => {
    for (const input of [
      null,
      0,
      'x',
      [],
      () => 1,
      Symbol('s'),
      new Uint8Array(0),
      Object.create(null),
    ]) {
      expect(() => parseMessage('nrm.referral', 2, input)).not.toThrow();
    }
  });
});

describe('readMessage', () => {
  it('upgrades a v1 referral to the latest (v3) on read and remembers the version it was written in', () => {
    const result = readMessage('nrm.referral', 1, JSON.stringify(v1));
    expect(result).toMatchObject({
      ok: true,
      value: { type: 'nrm.referral', writtenVersion: 1, version: 3 },
    });
    expect(result.ok && (result.value.payload as { indicatorNotes?: string }).indicatorNotes).toBe(
      v1.indicatorsText,
    );
  });

  it('returns the latest version unchanged', () => {
    expect(readMessage('nrm.referral', 3, v3)).toEqual({
      ok: true,
      value: { type: 'nrm.referral', writtenVersion: 3, version: 3, payload: v3 },
    });
  });

  it('reads a v2 referral as the same v3 payload (v3 only widens the indicators)', () => {
    expect(readMessage('nrm.referral', 2, v2)).toEqual({
      ok: true,
      value: { type: 'nrm.referral', writtenVersion: 2, version: 3, payload: v2 },
    });
  });

  it('passes parse errors through', () => {
    expect(readMessage('nrm.referral', 1, { ...v1, referralId: 'Marko' })).toMatchObject({
      ok: false,
      error: { code: 'SCHEMA_INVALID', issues: [{ path: ['referralId'] }] },
    });
  });
});

describe('readMessage with a faulty upgrade chain', () => {
  const v1 = z.strictObject({ a: z.string() });
  const v2 = z.strictObject({ a: z.string(), b: z.int() });
  const catalogue = (upgrades: MessageTypeDefinition['upgrades']) =>
    new Map<string, MessageTypeDefinition>([
      [
        'nrm.test',
        { type: 'nrm.test', summary: 'test', versions: { 1: v1, 2: v2 }, upgrades, examples: {} },
      ],
    ]);

  it('UPGRADE_FAILED when a step has no upgrade', () => {
    expect(readMessage('nrm.test', 1, { a: 'x' }, catalogue({}))).toMatchObject({
      ok: false,
      error: { code: 'UPGRADE_FAILED', message: 'nrm.test has no upgrade from v1 to v2' },
    });
  });

  it('UPGRADE_FAILED with the issues when an upgrade produces an invalid payload', () => {
    const broken = catalogue({ 1: (p: { a: string }) => ({ ...p, b: 'not a number' }) });
    expect(readMessage('nrm.test', 1, { a: 'x' }, broken)).toMatchObject({
      ok: false,
      error: { code: 'UPGRADE_FAILED', issues: [{ path: ['b'] }] },
    });
    const fixed = catalogue({ 1: (p: { a: string }) => ({ ...p, b: 1 }) });
    expect(readMessage('nrm.test', 1, { a: 'x' }, fixed)).toEqual({
      ok: true,
      value: { type: 'nrm.test', writtenVersion: 1, version: 2, payload: { a: 'x', b: 1 } },
    });
  });
});
