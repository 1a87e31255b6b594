// The `nrm` command tree, for programs that run it in-process or add commands to it.
export {
  buildProgram,
  runCli,
  type CliEnvironment,
  type ProgramExtension,
  type ProgramParts,
} from './program.js';
export { CliContext, positiveInt, type ConnectionOptions } from './cli-context.js';
export { FILES, loadAgencyFolder } from './agency-folder.js';
export {
  type GatewayKeyCommand,
  type GatewayKeySource,
  type SeenKey,
} from './commands/gateway-key-command.js';
