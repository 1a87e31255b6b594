import { nrmProject } from '../../vitest.shared.js';

// Tests start real gateways, gpg and the CLI: generous limits for a loaded machine.
export default nrmProject('adapters', { testTimeout: 60_000, hookTimeout: 60_000 });
