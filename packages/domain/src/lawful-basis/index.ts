export * from './lawful-basis-policy.js';
export { SERBIA_LAWFUL_BASIS_POLICY } from './serbia-policy.js';
