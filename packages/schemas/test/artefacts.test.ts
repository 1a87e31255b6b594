import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArtefacts } from '../src/json-schema-gen/artefacts.js';
import { PACKAGE_ROOT } from './package-files.js';

describe('generated artefacts', () => {
  const files = generateArtefacts();

  it('are committed and up to date (run `pnpm --filter @nrm/schemas generate`)', () => {
    const stale = [...files].filter(([path, content]) => {
      const file = join(PACKAGE_ROOT, path);
      return !existsSync(file) || readFileSync(file, 'utf8') !== content;
    });
    expect(stale.map(([path]) => path)).toEqual([]);
  });

  it('leave no orphan snapshot or doc page behind', () => {
    const onDisk = [
      ...readdirSync(join(PACKAGE_ROOT, 'docs')).map((f) => `docs/${f}`),
      ...readdirSync(join(PACKAGE_ROOT, 'json-schema'), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(PACKAGE_ROOT.length).replaceAll('\\', '/')),
    ].filter((p) => p !== 'json-schema/released.json' && p !== 'json-schema/errata.json');
    expect(onDisk.filter((p) => !files.has(p)).sort()).toEqual([]);
  });

  it('include one reference page per type with labels in both languages and an example', () => {
    const page = files.get('docs/nrm.referral.md')!;
    expect(page).toContain('## Version 2');
    expect(page).toContain('## Version 1');
    expect(page).toContain('| `exploitation.countriesOfRecruitment` |');
    expect(page).toContain('Zemlje vrbovanja');
    expect(page).toContain('```json');
  });
});
