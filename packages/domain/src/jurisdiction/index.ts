export * from './jurisdiction-profile.js';
export { SERBIA } from './serbia.js';
export { UNITED_KINGDOM } from './united-kingdom.js';
