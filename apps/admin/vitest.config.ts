import { nrmProject } from '../../vitest.shared.js';

// The end-to-end suite starts a gateway, plays the demo and drives Chromium: generous limits.
export default nrmProject('admin', { testTimeout: 120_000, hookTimeout: 600_000 });
