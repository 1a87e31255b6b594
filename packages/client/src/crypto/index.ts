// The OpenPGP core of the gateway, the client SDK and the CLI (ADR 0002).
export {
  generateAgencyKey,
  fingerprintOf,
  normaliseFingerprint,
  readPublicKeys,
  readAgencyPrivateKey,
} from './agency-key.js';
export type { AgencyKeyPair, GenerateAgencyKeyOptions } from './agency-key.js';
export { armorMessage, dearmor, isArmored } from './armor.js';
export { displayFingerprint } from './fingerprint-display.js';
export { sha256Digest, isSha256Digest, type Sha256Digest } from './digest.js';
export { keyValidityAt, assertKeyUsable, type KeyValidity } from './key-validity.js';
export {
  createRevocationCertificate,
  revokeWithPrivateKey,
  applyRevocationCertificate,
  type RevocationReason,
} from './revocation.js';
export { seal, open, type SealOptions, type OpenOptions, type OpenedPayload } from './seal.js';
export { signDetached, verifyDetached } from './detached-signature.js';
export type { VerifiedSigner } from './signer-check.js';
