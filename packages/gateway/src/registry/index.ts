export * from '../store/registry/agencies.js';
export * from '../store/registry/agency-keys.js';
export * from '../store/registry/credentials.js';
export * from '../store/registry/admin-users.js';
export * from './clock.js';
export {
  generateKeyPair,
  normaliseFingerprint,
  readPublicKey,
  signDetached,
  verifyDetachedSignature,
} from './openpgp-signature.js';
