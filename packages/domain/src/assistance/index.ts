export * from './service-kind.js';
export * from './service-catalogue.js';
export * from './assistance-condition.js';
export * from './immediate-assistance-plan.js';
export * from './care-plan.js';
export * from './service-decision.js';
export * from './service-referral-status.js';
export * from './service-referral.js';
