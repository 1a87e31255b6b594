export * from './proceedings-notice.js';
export * from './child-interviews.js';
export * from './non-punishment.js';
export * from './compensation-payment.js';
