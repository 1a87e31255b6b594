// Public surface of the client SDK: `@nrm/client`.
export {
  NrmClient,
  type NrmClientOptions,
  type SendRequest,
  type SendResult,
  type InboxItem,
} from './sdk/nrm-client.js';
export type { ReceivedMessage } from './sdk/received-message.js';
export { openReceived, type OpenContext } from './sdk/received-message.js';
export type { PayloadSchemas, PayloadReading } from './sdk/payload-schemas.js';
export { catalogueSchemas, parseErrorToGatewayError } from './sdk/catalogue-schemas.js';
export {
  GatewayHttp,
  type GatewayHttpOptions,
  type SubmitBody,
  type InboxMessage,
  type RegisteredKey,
  unreachableError,
} from './sdk/gateway-http.js';
export {
  minimisePayload,
  permittedForAll,
  PermittedResponse,
  type MinimisedPayload,
  type PermittedCheckBody,
} from './sdk/minimise.js';
export { KeyDirectory } from './sdk/key-directory.js';
export { HandedOverLog, type HandOutcome } from './sdk/handed-over-log.js';
export {
  Receipt,
  acknowledgementReceipt,
  encodeReceipt,
  decodeReceipt,
  decodeGatewayReceipt,
  rejectionReceipt,
  encodeReceiptV2,
} from './sdk/receipt.js';
export { LogWitness, type WitnessSource } from './sdk/log-witness.js';
export { verifyReceiptLogProof, type ReceiptLogProof } from './sdk/log-proof.js';
export { openCheckpoint, type Checkpoint } from './transparency/checkpoint.js';
export { parseVerifierKey, type NoteVerifier } from './transparency/note-key.js';
export { encodeEnvelope, decodeEnvelope } from './sdk/envelope.js';
export { uuidv7, uuidv7Time } from './sdk/uuid-v7.js';
export * from './crypto/index.js';
export { GatewayError, type ErrorCode } from './errors/index.js';
