export * from './agencies.js';
export * from './agency-keys.js';
export * from './credentials.js';
export * from './admin-users.js';
export * from './clock.js';
export {
  generateKeyPair,
  normaliseFingerprint,
  readPublicKey,
  signDetached,
  verifyDetachedSignature,
} from './openpgp-signature.js';
