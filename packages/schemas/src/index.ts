// Public surface of @nrm/schemas: wire message types, versioned side by side.
export { EnvelopeV1 } from './envelope/v1.js';
export * from './meta/field-meta.js';
