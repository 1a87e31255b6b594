import { nrmProject } from '../../vitest.shared.js';

export default nrmProject('client', { testTimeout: 30_000, hookTimeout: 120_000 });
