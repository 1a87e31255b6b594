// Public surface of the client SDK: `@nrm/gateway/client`.
export {
  NrmClient,
  type NrmClientOptions,
  type SendRequest,
  type SendResult,
  type InboxItem,
} from './nrm-client.js';
export type { ReceivedMessage } from './received-message.js';
export { openReceived, type OpenContext } from './received-message.js';
export type { PayloadSchemas, PayloadReading } from './payload-schemas.js';
export { catalogueSchemas, parseErrorToGatewayError } from './catalogue-schemas.js';
export {
  GatewayHttp,
  type GatewayHttpOptions,
  type SubmitBody,
  type InboxMessage,
  type RegisteredKey,
} from './gateway-http.js';
export {
  minimisePayload,
  permittedForAll,
  PermittedResponse,
  type MinimisedPayload,
  type PermittedCheckBody,
} from './minimise.js';
export { KeyDirectory } from './key-directory.js';
export { HandedOverLog, type HandOutcome } from './handed-over-log.js';
export {
  Receipt,
  acknowledgementReceipt,
  encodeReceipt,
  decodeReceipt,
  decodeGatewayReceipt,
  rejectionReceipt,
  encodeReceiptV2,
} from './receipt.js';
export { LogWitness, type WitnessSource } from './log-witness.js';
export { verifyReceiptLogProof, type ReceiptLogProof } from './log-proof.js';
export { openCheckpoint, type Checkpoint } from '../transparency/checkpoint.js';
export { parseVerifierKey, type NoteVerifier } from '../transparency/note-key.js';
export { encodeEnvelope, decodeEnvelope } from './envelope.js';
export { uuidv7, uuidv7Time } from './uuid-v7.js';
export * from '../crypto/index.js';
export { GatewayError, type ErrorCode } from '../errors/index.js';
