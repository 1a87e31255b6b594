import {
  runCli as runAgencyCli,
  type CliEnvironment,
  type ProgramExtension,
} from '@nrm/client/cli';
import { addAgencyCommands } from './commands/agency-commands.js';
import { addDpoCommands } from './commands/dpo-commands.js';
import { addGatewayKeyDataDir } from './commands/gateway-key-command.js';
import { addLogExportCommand } from './commands/log-commands.js';

export type { CliEnvironment } from '@nrm/client/cli';

/**
 * The gateway's side of `nrm`: the operator's `agency register`, the DPO's and auditor's
 * `dpo …` and `log export` (typed by the admin router, which lives here) and
 * `gateway-key --data-dir` (which reads the gateway's key files).
 */
export const addOperatorCommands: ProgramExtension = ({
  program,
  log,
  gatewayKey,
  context,
  exit,
}) => {
  addAgencyCommands(program, context);
  addGatewayKeyDataDir(gatewayKey, context);
  addDpoCommands(program, context, exit);
  addLogExportCommand(log, context);
};

/** The agency's `nrm` (from @nrm/client) with the operator's commands; returns the exit code. */
export function runCli(argv: readonly string[], io: CliEnvironment): Promise<number> {
  return runAgencyCli(argv, io, addOperatorCommands);
}
