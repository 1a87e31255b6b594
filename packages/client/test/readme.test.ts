/**
 * The README against the code: every command of its CLI block exists in the `nrm` tree with
 * the flags it shows, and every environment variable `src/` reads is in its configuration table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/program.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');

/** The bash block after `<!-- client-readme:<name> -->`, continuation lines joined. */
function readmeBlock(name: string): string[] {
  const marker = `<!-- client-readme:${name} -->`;
  const start = readme.indexOf(marker);
  const block = /^```bash\n([\s\S]*?)^```/m.exec(readme.slice(start + marker.length));
  if (start < 0 || block?.[1] === undefined) {
    throw new Error(`the README has no ${marker} bash block`);
  }
  return block[1]
    .replaceAll('\\\n', ' ')
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '');
}

const program = buildProgram({
  stdout: () => undefined,
  stderr: () => undefined,
  env: {},
  now: () => new Date('2026-03-02T09:00:00Z'),
  cwd: packageDir,
});

/** The subcommand a command line names, and the words left after it. */
function resolveCommand(words: readonly string[]): { command: Command; rest: string[] } {
  let command: Command = program;
  let rest = [...words];
  for (;;) {
    const next = command.commands.find((c) => c.name() === rest[0]);
    if (next === undefined) {
      return { command, rest };
    }
    command = next;
    rest = rest.slice(1);
  }
}

describe('the README', () => {
  it('shows only commands and flags `nrm` has', () => {
    const lines = readmeBlock('cli');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      const words = line.split(/\s+/);
      expect(words[0], line).toBe('nrm');
      const { command, rest } = resolveCommand(words.slice(1));
      expect(command, line).not.toBe(program);
      expect(command.commands, `${line}: names a command group, not a command`).toEqual([]);
      const flags = new Set(command.options.map((option) => option.long));
      for (const flag of rest.filter((word) => word.startsWith('--'))) {
        expect(flags.has(flag), `${line}: ${flag}`).toBe(true);
      }
    }
  });

  it('lists every environment variable src/ reads', () => {
    const names = new Set<string>();
    const sources = readdirSync(join(packageDir, 'src'), { recursive: true, encoding: 'utf8' });
    for (const path of sources.filter((p) => p.endsWith('.ts') && !p.endsWith('.test.ts'))) {
      const text = readFileSync(join(packageDir, 'src', path), 'utf8');
      for (const match of text.matchAll(/env\[['"]([A-Z][A-Z0-9_]+)['"]\]/g)) {
        names.add(match[1]!);
      }
    }
    expect([...names].sort()).toEqual([
      'NRM_AGENCY_DIR',
      'NRM_GATEWAY_URL',
      'NRM_PASSPHRASE',
      'NRM_TOKEN',
    ]);
    const section = readme.slice(readme.indexOf('## Configuration'));
    expect([...names].filter((name) => !section.includes(`| \`${name}\``))).toEqual([]);
  });
});
