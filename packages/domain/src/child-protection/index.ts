export * from './guardian-appointment.js';
export * from './durable-solution.js';
export * from './best-interests-determination.js';
export * from './sibling-separation.js';
export * from './guardian-required.js';
