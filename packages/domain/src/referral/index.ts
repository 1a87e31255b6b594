export * from './referral-id.js';
export * from './first-responder-channel.js';
export * from './immediate-need.js';
export * from './referral.js';
