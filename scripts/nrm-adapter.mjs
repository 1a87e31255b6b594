// `pnpm nrm-adapter …`: the `nrm-adapter` CLI (@nrm/adapters) from the TypeScript sources.
import { runSourceCli } from './run-source-cli.mjs';

runSourceCli('packages/adapters');
