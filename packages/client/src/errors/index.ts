export { ERROR_CODES, ERROR_CODE_LIST, isErrorCode, type ErrorCode } from './codes.js';
export {
  GatewayError,
  toGatewayError,
  type GatewayErrorBody,
  type GatewayErrorOptions,
  type RefusedRecipient,
} from './gateway-error.js';
export { errorPath, zodSchemaError, parseFailureError, readSignedJson } from './schema-error.js';
export { REJECTION_CODES, isRejectionCode, type RejectionCode } from './rejection-codes.js';
