/**
 * Writes the generated artefacts (JSON Schema snapshots, reference docs) into the package.
 * `--release` additionally records every version not yet in `json-schema/released.json`
 * with the SHA-256 of its snapshot; entries already there are never changed — that file is
 * what the compatibility gate holds released versions to.
 *
 *   pnpm --filter @nrm/schemas generate [--release]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  generateArtefacts,
  generateJsonSchemas,
  schemaFileText,
} from '../src/json-schema-gen/artefacts.js';
import { RELEASED_LOCK_PATH } from '../src/compat/gate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

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
    lock[key] ??= `sha256:${createHash('sha256').update(schemaFileText(schema)).digest('hex')}`;
  }
  const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(lockFile, `${JSON.stringify(sorted, null, 2)}\n`);
}
console.log('generated @nrm/schemas artefacts');
