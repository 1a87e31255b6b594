export * from './care-plan-due.js';
export * from './recovery-period-end.js';
export * from './permit-end.js';
export * from './accommodation-end.js';
export * from './earliest-conclusive-decision.js';
export * from './material-assistance.js';
