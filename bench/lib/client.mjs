// The SDK and crypto the gateway uses, from their built JavaScript (the bench measures dist).
export * from '../../packages/client/dist/index.js';
