/**
 * How `main.ts` starts: `--demo` seeds the demo agencies, keys and admin tokens (what
 * `pnpm start` runs); without it the gateway seeds nothing, because demo tokens and keys on a
 * production registry would be credentials nobody issued.
 */
export type StartMode = 'demo' | 'production';

/** `--init-gateway-key` creates NRM_GATEWAY_KEY_FILE and exits instead of starting. */
export type MainMode = StartMode | 'init-gateway-key';

/** The start mode from the command-line arguments; anything else is refused, not ignored. */
export function startModeFromArgs(argv: readonly string[]): MainMode {
  const unknown = argv.filter((arg) => arg !== '--demo' && arg !== '--init-gateway-key');
  if (unknown.length > 0) {
    throw new Error(`unknown argument ${unknown.join(' ')} (the only one is --demo)`);
  }
  if (argv.includes('--init-gateway-key')) {
    return 'init-gateway-key';
  }
  return argv.includes('--demo') ? 'demo' : 'production';
}
