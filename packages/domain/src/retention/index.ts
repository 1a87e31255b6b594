export * from './retention-policy.js';
export * from './erasure.js';
