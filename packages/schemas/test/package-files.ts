import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { revisedDigests, type ErrataFile } from '../src/compat/dialect-errata.js';
import type { VersionKey } from '../src/json-schema-gen/artefacts.js';

/** Root of the @nrm/schemas package. */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const sha256 = (text: string): string =>
  `sha256:${createHash('sha256').update(text).digest('hex')}`;

/** Every committed snapshot under `<root>/json-schema/<type>/v<N>.json`. */
export function readSnapshots(root: string = PACKAGE_ROOT): Map<VersionKey, string> {
  const dir = join(root, 'json-schema');
  const out = new Map<VersionKey, string>();
  for (const type of readdirSync(dir, { withFileTypes: true })) {
    if (!type.isDirectory()) {
      continue;
    }
    for (const file of readdirSync(join(dir, type.name))) {
      const match = /^v(\d+)\.json$/.exec(file);
      if (match) {
        out.set(
          `${type.name}/v${Number(match[1])}`,
          readFileSync(join(dir, type.name, file), 'utf8'),
        );
      }
    }
  }
  return out;
}

export function readReleasedLock(root: string = PACKAGE_ROOT): Record<string, string> {
  const file = join(root, 'json-schema', 'released.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

/** Version key → digest of each snapshot revised by a dialect errata (`json-schema/errata.json`). */
export function readErrataDigests(root: string = PACKAGE_ROOT): Record<string, string> {
  const file = join(root, 'json-schema', 'errata.json');
  return existsSync(file)
    ? revisedDigests(JSON.parse(readFileSync(file, 'utf8')) as ErrataFile)
    : {};
}
