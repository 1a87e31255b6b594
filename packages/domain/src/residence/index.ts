export * from './period-extension.js';
export * from './recovery-period.js';
export * from './residence-permit.js';
export * from './recovery-period-entitlement.js';
export * from './recovery-period-start.js';
