import { Command, CommanderError } from 'commander';
import { GatewayError, toGatewayError } from '../errors/index.js';
import { logVerifyCommand } from '../transparency/index.js';
import { CliContext, type CliEnvironment } from './cli-context.js';
import { addAgencyCommands } from './commands/agency-commands.js';
import { addDpoCommands } from './commands/dpo-commands.js';
import { addGatewayKeyCommand } from './commands/gateway-key-command.js';
import { addInboxCommands } from './commands/inbox-commands.js';
import { addKeyCommands } from './commands/key-commands.js';
import { addLogExportCommand, addLogWitnessCommand } from './commands/log-commands.js';
import { addSendCommand } from './commands/send-command.js';

export type { CliEnvironment } from './cli-context.js';

/** Build the `nrm` command tree; `exit.code` carries a command's own exit code (log verify). */
export function buildProgram(io: CliEnvironment, exit: { code: number } = { code: 0 }): Command {
  const program = new Command('nrm')
    .description(
      'NRM exchange: agency keys, sending and receiving sealed messages through the gateway',
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  const context = new CliContext(io);
  addKeyCommands(program, context);
  addAgencyCommands(program, context);
  addSendCommand(program, context);
  addInboxCommands(program, context);
  addGatewayKeyCommand(program, context);
  addDpoCommands(program, context, exit);
  // The transparency log's offline verifier (src/transparency/) reports its own exit code.
  const log = program
    .command('log')
    .description('transparency log')
    .addCommand(
      logVerifyCommand({ stdout: io.stdout, stderr: io.stderr, cwd: io.cwd }, (code) => {
        exit.code = code;
      }),
    );
  addLogExportCommand(log, context);
  addLogWitnessCommand(log, context);
  return program;
}

/**
 * Run the CLI; returns the exit code. Gateway errors print as `error CODE: message (path)`
 * and exit 1; usage errors exit with commander's code; nothing prints a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliEnvironment): Promise<number> {
  try {
    const exit = { code: 0 };
    await buildProgram(io, exit).parseAsync([...argv], { from: 'user' });
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
