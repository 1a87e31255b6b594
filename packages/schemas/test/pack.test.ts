import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REFERRAL } from '../src/referral/definition.js';
import { PACKAGE_ROOT } from './package-files.js';

/**
 * The published shape of the package, as an outsider gets it: build, `pnpm pack` both
 * packages, install the tarballs with plain npm into a fresh project outside the workspace,
 * then `import` and `require` it there. zod comes from the registry.
 */
const REPO_ROOT = join(PACKAGE_ROOT, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'nrm-schemas-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (cmd: string, args: string[], cwd: string): string =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 150_000,
  });

const ESM = `
import { parseMessage, readMessage, ReferralV2, CATALOGUE } from '@nrm/schemas';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const referral = JSON.parse(process.argv[2]);
const schemaUrl = import.meta.resolve('@nrm/schemas/json-schema/nrm.referral/v2.json');
const jsonSchema = JSON.parse(readFileSync(fileURLToPath(schemaUrl), 'utf8'));
console.log(JSON.stringify({
  valid: parseMessage('nrm.referral', 2, referral).ok,
  zod: ReferralV2.safeParse(referral).success,
  invalidCode: parseMessage('nrm.referral', 2, { ...referral, area: '' }).error?.code,
  upgraded: readMessage('nrm.referral', 1, ${JSON.stringify(JSON.stringify(REFERRAL.examples[1]))}).value?.version,
  types: CATALOGUE.size,
  schemaId: jsonSchema.$id,
}));
`;

const CJS = `
const { parseMessage, CATALOGUE } = require('@nrm/schemas');
const jsonSchema = require('@nrm/schemas/json-schema/nrm.referral/v2.json');
const referral = JSON.parse(process.argv[2]);
console.log(JSON.stringify({
  valid: parseMessage('nrm.referral', 2, referral).ok,
  unknown: parseMessage('nrm.nope', 1, referral).error.code,
  types: CATALOGUE.size,
  schemaId: jsonSchema.$id,
}));
`;

describe('@nrm/schemas as published', () => {
  it('packs, installs with npm outside the workspace, and works from ESM and CJS', () => {
    run('pnpm', ['--filter', '@nrm/domain', '--filter', '@nrm/schemas', 'build'], REPO_ROOT);
    const tarballs = join(work, 'tarballs');
    for (const pkg of ['domain', 'schemas']) {
      run('pnpm', ['pack', '--pack-destination', tarballs], join(REPO_ROOT, 'packages', pkg));
    }
    const files = readdirSync(tarballs).map((f) => join(tarballs, f));
    expect(files).toHaveLength(2);

    const app = join(work, 'app');
    run('mkdir', ['-p', app], work);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'outsider', private: true, version: '1.0.0' }),
    );
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...files], app);
    writeFileSync(join(app, 'esm.mjs'), ESM);
    writeFileSync(join(app, 'cjs.cjs'), CJS);

    const referral = JSON.stringify(REFERRAL.examples[2]);
    const esm = JSON.parse(run('node', ['esm.mjs', referral], app)) as Record<string, unknown>;
    expect(esm).toEqual({
      valid: true,
      zod: true,
      invalidCode: 'SCHEMA_INVALID',
      upgraded: 3,
      types: 24,
      schemaId: 'https://schemas.nrm-exchange.org/nrm.referral/v2.json',
    });
    const cjs = JSON.parse(run('node', ['cjs.cjs', referral], app)) as Record<string, unknown>;
    expect(cjs).toEqual({
      valid: true,
      unknown: 'UNKNOWN_TYPE',
      types: 24,
      schemaId: 'https://schemas.nrm-exchange.org/nrm.referral/v2.json',
    });
  }, 180_000);
});
