export * from './lawful-basis-policy.js';
export { SERBIA_LAWFUL_BASIS_POLICY } from './serbia-policy.js';
export { UNITED_KINGDOM_LAWFUL_BASIS_POLICY } from './united-kingdom-policy.js';
export { REFERRAL_MINIMUM } from './referral-minimum.js';
