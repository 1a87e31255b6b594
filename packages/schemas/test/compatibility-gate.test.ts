import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/catalogue/catalogue.js';
import type { MessageTypeDefinition } from '../src/catalogue/message-type.js';
import { checkCompatibility, type GateInput } from '../src/compat/gate.js';
import {
  generateEcmaJsonSchemas,
  generateJsonSchemas,
  schemaFileText,
  type VersionKey,
} from '../src/json-schema-gen/artefacts.js';
import { toWireJsonSchema } from '../src/json-schema-gen/to-json-schema.js';
import {
  PACKAGE_ROOT,
  readErrataDigests,
  readReleasedLock,
  readSnapshots,
  sha256,
} from './package-files.js';

const texts = (docs: Map<VersionKey, Record<string, unknown>>) =>
  new Map([...docs].map(([k, doc]) => [k, schemaFileText(doc)] as const));
const generated = texts(generateJsonSchemas());
const generatedBeforeErrata = texts(generateEcmaJsonSchemas());

function gate(overrides: Partial<GateInput> = {}) {
  return checkCompatibility({
    catalogue: CATALOGUE.values(),
    generated,
    committed: readSnapshots(),
    released: readReleasedLock(),
    errata: readErrataDigests(),
    generatedBeforeErrata,
    sha256,
    ...overrides,
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'nrm-schemas-gate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('compatibility gate on the committed package', () => {
  it('passes: every version is released, snapshots match the lock and the source', () => {
    expect(gate()).toEqual([]);
    expect(Object.keys(readReleasedLock()).sort()).toEqual([...generated.keys()].sort());
  });

  it('fails on a deliberately edited snapshot of a released version (a narrowed enum)', () => {
    cpSync(join(PACKAGE_ROOT, 'json-schema'), join(tmp, 'json-schema'), { recursive: true });
    const file = join(tmp, 'json-schema', 'nrm.referral', 'v1.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"organ-removal",\n', ''));
    const problems = gate({ committed: readSnapshots(tmp), released: readReleasedLock(tmp) });
    // referral v1 was revised by the dialect errata: an edit beyond it is caught as such.
    expect(problems.map((p) => `${p.code} ${p.key}`).sort()).toEqual([
      'ERRATA_NOT_MEANING_PRESERVING nrm.referral/v1',
      'SNAPSHOT_OUT_OF_DATE nrm.referral/v1',
    ]);
    const drift = problems.find((p) => p.code === 'SNAPSHOT_OUT_OF_DATE')!;
    expect(drift.changes).toContainEqual(
      expect.objectContaining({ kind: 'enum-widened', path: '$.exploitationForms[]' }),
    );
  });

  it('fails when the source of a released version changes, even with the snapshot regenerated', () => {
    const key: VersionKey = 'nrm.receipt/v1';
    const changed = generated.get(key)!.replace('"acknowledged"', '"acked"');
    const problems = gate({
      generated: new Map([...generated, [key, changed]]),
      committed: new Map([...readSnapshots(), [key, changed]]),
      // As for a version released after the errata: its lock holds the published text.
      released: { ...readReleasedLock(), [key]: sha256(generated.get(key)!) },
      errata: {},
    });
    expect(problems.filter((p) => p.key === key).map((p) => p.message)).toEqual([
      `${key} is released; its committed snapshot no longer matches the released hash — add a new version instead`,
      `${key} is released; its generated schema no longer matches the released hash — add a new version instead`,
    ]);
  });

  it('fails when the source of a version revised by the dialect errata changes', () => {
    const key: VersionKey = 'nrm.receipt/v1';
    const change = (text: string) => text.replace('"acknowledged"', '"acked"');
    const problems = gate({
      generated: new Map([...generated, [key, change(generated.get(key)!)]]),
      generatedBeforeErrata: new Map([
        ...generatedBeforeErrata,
        [key, change(generatedBeforeErrata.get(key)!)],
      ]),
      committed: new Map([...readSnapshots(), [key, change(generated.get(key)!)]]),
    });
    expect(problems.map((p) => `${p.code}: ${p.message}`)).toEqual([
      `RELEASED_SNAPSHOT_CHANGED: ${key} is released; its source no longer generates the released schema — add a new version instead`,
    ]);
  });

  it('fails a revised snapshot that is more than the dialect errata of the released one', () => {
    const key: VersionKey = 'nrm.receipt/v1';
    // A tightened pattern passed off as an errata: it rejects ids the released version accepts.
    const tightened = generated.get(key)!.replace('[89ab][0-9a-f]{3}', '[8][0-9a-f]{3}');
    const problems = gate({
      generated: new Map([...generated, [key, tightened]]),
      committed: new Map([...readSnapshots(), [key, tightened]]),
      errata: { ...readErrataDigests(), [key]: sha256(tightened) },
    });
    expect(problems.map((p) => `${p.code} ${p.key}`)).toEqual([
      'ERRATA_NOT_MEANING_PRESERVING nrm.receipt/v1',
    ]);
    expect(problems[0]!.changes).toContainEqual(
      expect.objectContaining({ kind: 'pattern-changed', path: '$.messageId' }),
    );
  });

  it('fails a revised snapshot whose digest is not the one the errata recorded', () => {
    const errata = readErrataDigests();
    const key = 'nrm.referral/v1';
    const problems = gate({ errata: { ...errata, [key]: sha256('something else') } });
    expect(problems.map((p) => `${p.code}: ${p.message}`)).toEqual([
      `RELEASED_SNAPSHOT_CHANGED: ${key} is released; its committed snapshot no longer matches the errata hash`,
    ]);
  });

  it('refuses an errata for a version that was never released', () => {
    const released = { ...readReleasedLock() };
    delete released['nrm.case-closure/v1'];
    expect(gate({ released }).map((p) => `${p.code} ${p.key}`)).toEqual([
      'ERRATA_OF_UNRELEASED_VERSION nrm.case-closure/v1',
    ]);
  });

  it('keeps the released digests as they were: the errata revises every released version it can', () => {
    const released = readReleasedLock();
    const errata = readErrataDigests();
    for (const [key, text] of generatedBeforeErrata) {
      if (released[key] !== undefined && errata[key] !== undefined) {
        expect(sha256(text), key).toBe(released[key]);
      }
    }
    // Every version released before the errata is revised (each has an anchored pattern); a
    // version released after it was locked in its portable form and needs none.
    const releasedBefore = Object.keys(released).filter(
      (k) => sha256(generatedBeforeErrata.get(k as VersionKey)!) === released[k],
    );
    expect(Object.keys(errata).sort()).toEqual(releasedBefore.sort());
    expect(released['nrm.proceedings-notice/v2']).toBe(
      sha256(generated.get('nrm.proceedings-notice/v2')!),
    );
  });

  it('fails when a released version disappears, or a snapshot is missing', () => {
    const snapshots = readSnapshots();
    snapshots.delete('nrm.case-closure/v1');
    expect(gate({ committed: snapshots }).map((p) => p.code)).toEqual(['SNAPSHOT_MISSING']);
    const withoutV1 = [...CATALOGUE.values()].filter((d) => d.type !== 'nrm.case-closure');
    expect(gate({ catalogue: withoutV1 }).map((p) => `${p.code} ${p.key}`)).toEqual([
      'RELEASED_VERSION_REMOVED nrm.case-closure/v1',
    ]);
  });

  it('fails a breaking new version that has no migration from the previous one', () => {
    const referral = CATALOGUE.get('nrm.referral')!;
    const noUpgrade: MessageTypeDefinition = { ...referral, upgrades: {} };
    const released = Object.fromEntries(
      Object.entries(readReleasedLock()).filter(([k]) => k.startsWith('nrm.referral/')),
    );
    const problems = gate({ catalogue: [noUpgrade], released });
    expect(problems.map((p) => `${p.code} ${p.key}`)).toEqual([
      'BREAKING_CHANGE_WITHOUT_MIGRATION nrm.referral/v2',
      'BREAKING_CHANGE_WITHOUT_MIGRATION nrm.referral/v3',
    ]);
    // v3 only widens the observations, but the gate reads a closed list becoming an open
    // pattern, and a newly bounded id, as breaking: v3 has an upgrade for exactly that.
    expect(problems[1]!.changes!.map((c) => `${c.kind} ${c.path}`)).toEqual([
      'type-changed $.indicators[].catalogue',
      'pattern-changed $.indicators[].indicator',
      'constraint-tightened $.indicators[].indicator',
    ]);
    expect(problems[0]!.changes).toContainEqual(
      expect.objectContaining({ kind: 'field-removed', path: '$.exploitationForms' }),
    );
    expect(problems[0]!.changes).toContainEqual(
      expect.objectContaining({
        kind: 'field-renamed',
        path: '$.referralId',
        detail: 'renamed to id',
      }),
    );
    expect(problems[0]!.changes).toContainEqual(
      expect.objectContaining({
        kind: 'field-renamed',
        path: '$.indicatorsText',
        detail: 'renamed to indicatorNotes',
      }),
    );
    expect(problems[0]!.changes).toContainEqual(
      expect.objectContaining({ kind: 'required-field-added', path: '$.exploitation' }),
    );
  });

  it('lets a non-breaking new version land without a migration, and catches a version gap', () => {
    const v1 = z.strictObject({ a: z.string() });
    const v2 = z.strictObject({ a: z.string(), b: z.string().optional() });
    const docs = new Map<VersionKey, string>([
      ['nrm.test/v1', schemaFileText(toWireJsonSchema('nrm.test', 1, v1))],
      ['nrm.test/v2', schemaFileText(toWireJsonSchema('nrm.test', 2, v2))],
    ]);
    const test: MessageTypeDefinition = {
      type: 'nrm.test',
      summary: 't',
      versions: { 1: v1, 2: v2 },
      upgrades: {},
      examples: {},
    };
    expect(
      checkCompatibility({
        catalogue: [test],
        generated: docs,
        committed: docs,
        released: {},
        sha256,
      }),
    ).toEqual([]);
    const gap: MessageTypeDefinition = { ...test, versions: { 1: v1, 3: v2 } };
    const gapDocs = new Map<VersionKey, string>([
      ['nrm.test/v1', docs.get('nrm.test/v1')!],
      ['nrm.test/v3', docs.get('nrm.test/v2')!],
    ]);
    expect(
      checkCompatibility({
        catalogue: [gap],
        generated: gapDocs,
        committed: gapDocs,
        released: {},
        sha256,
      }).map((p) => p.code),
    ).toEqual(['VERSION_GAP']);
  });
});
