/**
 * Writes the generated artefacts (JSON Schema snapshots, reference docs) into the package.
 * `--release` additionally records every version not yet in `json-schema/released.json`
 * with the SHA-256 of its snapshot; entries already there are never changed — that file is
 * what the compatibility gate holds released versions to.
 * `--dialect-errata` records in `json-schema/errata.json` the digest of every released
 * snapshot whose published text differs from the released one only by the dialect errata
 * (ADR 0006); the gate re-checks each of them.
 *
 *   pnpm --filter @nrm/schemas generate [--release] [--dialect-errata]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  generateArtefacts,
  generateEcmaJsonSchemas,
  generateJsonSchemas,
  schemaFileText,
} from '../src/json-schema-gen/artefacts.js';
import { RELEASED_LOCK_PATH } from '../src/compat/gate.js';
import {
  applyDialectErrata,
  DIALECT_ERRATA_1,
  DIALECT_ERRATA_1_REWRITES,
  ERRATA_PATH,
  type ErrataFile,
} from '../src/compat/dialect-errata.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const readJson = <T>(path: string, empty: T): T =>
  existsSync(join(root, path)) ? (JSON.parse(readFileSync(join(root, path), 'utf8')) as T) : empty;

for (const [path, content] of generateArtefacts()) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

if (process.argv.includes('--release')) {
  const lockFile = join(root, RELEASED_LOCK_PATH);
  const lock = existsSync(lockFile)
    ? (JSON.parse(readFileSync(lockFile, 'utf8')) as Record<string, string>)
    : {};
  for (const [key, schema] of generateJsonSchemas()) {
    lock[key] ??= sha256(schemaFileText(schema));
  }
  const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(lockFile, `${JSON.stringify(sorted, null, 2)}\n`);
}
if (process.argv.includes('--dialect-errata')) {
  const lock = readJson<Record<string, string>>(RELEASED_LOCK_PATH, {});
  const errata = readJson<ErrataFile>(ERRATA_PATH, {});
  const revised: Record<string, string> = { ...errata[DIALECT_ERRATA_1]?.revised };
  for (const [key, doc] of generateEcmaJsonSchemas()) {
    const released = schemaFileText(doc);
    // Only a version whose source still generates its released text can be revised.
    const published = applyDialectErrata(released);
    if (lock[key] === sha256(released) && published !== released) {
      revised[key] = sha256(published);
    }
  }
  const file: ErrataFile = {
    ...errata,
    [DIALECT_ERRATA_1]: {
      decision: 'docs/adr/0006-patterns-that-mean-the-same-in-every-dialect.md',
      rewrites: DIALECT_ERRATA_1_REWRITES,
      revised: Object.fromEntries(Object.entries(revised).sort(([a], [b]) => a.localeCompare(b))),
    },
  };
  writeFileSync(join(root, ERRATA_PATH), `${JSON.stringify(file, null, 2)}\n`);
}
console.log('generated @nrm/schemas artefacts');
