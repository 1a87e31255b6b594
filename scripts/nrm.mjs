// `pnpm nrm …`: the `nrm` CLI from the TypeScript sources: the agency's commands (@nrm/client)
// with the operator's (`nrm-gateway` of @nrm/gateway).
import { runSourceCli } from './run-source-cli.mjs';

runSourceCli('packages/gateway');
