/**
 * How `main.ts` starts: `--demo` seeds the demo agencies, keys and admin tokens (what
 * `pnpm start` runs); without it the gateway seeds nothing, because demo tokens and keys on a
 * production registry would be credentials nobody issued.
 */
export type StartMode = 'demo' | 'production';

/** The start mode from the command-line arguments; anything else is refused, not ignored. */
export function startModeFromArgs(argv: readonly string[]): StartMode {
  const unknown = argv.filter((arg) => arg !== '--demo');
  if (unknown.length > 0) {
    throw new Error(`unknown argument ${unknown.join(' ')} (the only one is --demo)`);
  }
  return argv.includes('--demo') ? 'demo' : 'production';
}
