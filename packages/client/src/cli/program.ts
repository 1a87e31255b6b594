import { Command, CommanderError } from 'commander';
import { GatewayError, toGatewayError } from '../errors/index.js';
import { logVerifyCommand } from '../transparency/verify-command.js';
import { CliContext, type CliEnvironment } from './cli-context.js';
import { addGatewayKeyCommand, type GatewayKeyCommand } from './commands/gateway-key-command.js';
import { addInboxCommands } from './commands/inbox-commands.js';
import { addKeyCommands } from './commands/key-commands.js';
import { addLogWitnessCommand } from './commands/log-witness-command.js';
import { addSendCommand } from './commands/send-command.js';

export type { CliEnvironment } from './cli-context.js';

/** Where commands beyond the agency's own join the tree (the gateway operator's `nrm`). */
export interface ProgramParts {
  program: Command;
  /** `nrm log`, for log subcommands. */
  log: Command;
  /** `nrm gateway-key`, for other places to read the gateway key from. */
  gatewayKey: GatewayKeyCommand;
  context: CliContext;
  /** A command's own exit code, returned by {@link runCli}. */
  exit: { code: number };
}

/** Adds commands to the agency's `nrm` tree. */
export type ProgramExtension = (parts: ProgramParts) => void;

/**
 * Build the `nrm` command tree; `exit.code` carries a command's own exit code (log verify).
 * `extend` adds commands that need more than an agency folder (the gateway's operator tools).
 */
export function buildProgram(
  io: CliEnvironment,
  exit: { code: number } = { code: 0 },
  extend?: ProgramExtension,
): Command {
  const program = new Command('nrm')
    .description(
      'NRM exchange: agency keys, sending and receiving sealed messages through the gateway',
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  const context = new CliContext(io);
  addKeyCommands(program, context);
  addSendCommand(program, context);
  addInboxCommands(program, context);
  const gatewayKey = addGatewayKeyCommand(program, context);
  // The transparency log's offline verifier (src/transparency/) reports its own exit code.
  const log = program
    .command('log')
    .description('transparency log')
    .addCommand(
      logVerifyCommand({ stdout: io.stdout, stderr: io.stderr, cwd: io.cwd }, (code) => {
        exit.code = code;
      }),
    );
  addLogWitnessCommand(log, context);
  extend?.({ program, log, gatewayKey, context, exit });
  return program;
}

/**
 * Run the CLI; returns the exit code. Gateway errors print as `error CODE: message (path)`
 * and exit 1; usage errors exit with commander's code; nothing prints a stack trace.
 */
export async function runCli(
  argv: readonly string[],
  io: CliEnvironment,
  extend?: ProgramExtension,
): Promise<number> {
  try {
    const exit = { code: 0 };
    await buildProgram(io, exit, extend).parseAsync([...argv], { from: 'user' });
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'nrm.invalidNumber') {
        io.stderr(`error: ${error.message}\n`);
      }
      return error.exitCode;
    }
    const reported = error instanceof GatewayError ? error : asReportable(error);
    const at = reported.path === undefined ? '' : ` (at ${reported.path})`;
    if (reported.refused !== undefined && reported.refused.length > 1) {
      // A multi-recipient send: one line per refused recipient, each with its own reason.
      io.stderr(`error ${reported.code}: ${String(reported.refused.length)} recipients refused\n`);
      for (const r of reported.refused) {
        io.stderr(`  ${r.agency} (at ${r.path}): ${r.detail}: ${r.message}\n`);
      }
      return 1;
    }
    io.stderr(`error ${reported.code}: ${reported.message}${at}\n`);
    return 1;
  }
}

/** Network and file errors keep their message (the user needs "ECONNREFUSED"); the rest is normalised. */
function asReportable(error: unknown): GatewayError {
  if (error instanceof Error && (error.name === 'TypeError' || 'code' in error)) {
    const detail =
      error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
    return new GatewayError('BAD_REQUEST', { message: detail });
  }
  return toGatewayError(error);
}
