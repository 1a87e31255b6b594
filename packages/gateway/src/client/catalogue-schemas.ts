import { dataCategoriesOf, readMessage, type ParseError } from '@nrm/schemas';
import { GatewayError, type ErrorCode } from '../errors/index.js';
import type { PayloadSchemas } from './payload-schemas.js';

/** Parse codes of `@nrm/schemas` that the gateway's code table names the same way. */
const SAME_CODE: ReadonlySet<string> = new Set<ErrorCode>([
  'UNKNOWN_TYPE',
  'UNKNOWN_VERSION',
  'SCHEMA_INVALID',
  'PAYLOAD_TOO_LARGE',
]);

/** A parse failure of `@nrm/schemas` as a gateway error, with the first issue's path under `payload`. */
export function parseErrorToGatewayError(error: ParseError): GatewayError {
  const code = (SAME_CODE.has(error.code) ? error.code : 'SCHEMA_INVALID') as ErrorCode;
  const issue = error.issues[0];
  const path = ['payload', ...(issue?.path ?? []).map(String)].join('.');
  const message = issue === undefined ? error.message : `${error.message}: ${issue.message}`;
  return new GatewayError(code, { message, path });
}

/**
 * The SDK's default {@link PayloadSchemas}: the catalogue of `@nrm/schemas` — any known
 * version is validated and upgraded to the latest on read, and data categories come from
 * the schemas' field metadata.
 */
export const catalogueSchemas: PayloadSchemas = {
  read(type, version, data) {
    const result = readMessage(type, version, data);
    return result.ok
      ? { ok: true, version: result.value.version, value: result.value.payload }
      : { ok: false, error: parseErrorToGatewayError(result.error) };
  },
  dataCategories(type, version, data) {
    const result = dataCategoriesOf(type, version, data);
    if (!result.ok) {
      throw parseErrorToGatewayError(result.error);
    }
    return result.value;
  },
};
