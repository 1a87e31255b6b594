import { nrmProject } from '../../vitest.shared.js';

export default nrmProject('adapters');
