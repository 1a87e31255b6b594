export * from './info-request.js';
export * from './info-response.js';
