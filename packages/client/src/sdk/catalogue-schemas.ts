import { dataCategoriesOf, readMessage, type ParseError } from '@nrm/schemas';
import type { GatewayError } from '../errors/index.js';
import { parseFailureError } from '../errors/schema-error.js';
import type { PayloadSchemas } from './payload-schemas.js';

/** A parse failure of `@nrm/schemas` as a gateway error, with the first issue's path under `payload`. */
export function parseErrorToGatewayError(error: ParseError): GatewayError {
  return parseFailureError(error, 'payload');
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
