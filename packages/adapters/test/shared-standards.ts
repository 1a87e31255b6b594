import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A folder of the shared external standards (`../shared/standards/<name>` beside the
 * repository root). Public material with its own licence, read in place and never copied
 * into the repository; when the folder is not mounted, the tests that read it say so and
 * skip.
 */
export function standardsFolder(name: string): {
  readonly path: string;
  readonly present: boolean;
} {
  const path = fileURLToPath(new URL(`../../../../shared/standards/${name}/`, import.meta.url));
  const present = existsSync(path);
  if (!present) {
    console.info(
      `${path} is absent (the shared standards folder is not mounted): skipping its tests`,
    );
  }
  return { path, present };
}
