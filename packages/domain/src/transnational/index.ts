export * from './transnational-referral.js';
