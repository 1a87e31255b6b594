import { nrmProject } from '../../vitest.shared.js';

export default nrmProject('gateway', { testTimeout: 30_000, hookTimeout: 60_000 });
