import {
  runCli as runAgencyCli,
  type CliEnvironment,
  type ProgramExtension,
} from '@nrm/client/cli';
import { addAgencyCommands } from './commands/agency-commands.js';
import { addDpoCommands } from './commands/dpo-commands.js';
import { addGatewayKeyCommand } from './commands/gateway-key-command.js';
import { addLogExportCommand } from './commands/log-commands.js';

export type { CliEnvironment } from '@nrm/client/cli';

/**
 * The gateway's side of `nrm`: the operator (`agency register`, `gateway-key --data-dir`), the
 * DPO and the auditor (`dpo …`, `log export`) talk to the admin API, whose types live here.
 */
export const addOperatorCommands: ProgramExtension = ({ program, log, context, exit }) => {
  addAgencyCommands(program, context);
  addGatewayKeyCommand(program, context);
  addDpoCommands(program, context, exit);
  addLogExportCommand(log, context);
};

/** The agency's `nrm` (from @nrm/client) with the operator's commands; returns the exit code. */
export function runCli(argv: readonly string[], io: CliEnvironment): Promise<number> {
  return runAgencyCli(argv, io, addOperatorCommands);
}
