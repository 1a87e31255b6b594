import { CATALOGUE } from '@nrm/schemas';
import { GatewayError } from '@nrm/client/errors';

/** Catalogue entries that are not payload types: the envelope itself and receipts (sent via ack). */
const NOT_PAYLOADS = new Set(['nrm.envelope', 'nrm.receipt']);

/**
 * UNKNOWN_TYPE / UNKNOWN_VERSION unless the `@nrm/schemas` catalogue has the pair. The gateway
 * never reads payloads, but it refuses a type or version no recipient could validate.
 */
export function assertKnownType(type: string, version: number): void {
  const definition = NOT_PAYLOADS.has(type) ? undefined : CATALOGUE.get(type);
  if (definition === undefined) {
    throw new GatewayError('UNKNOWN_TYPE', {
      message: `Unknown message type ${type}.`,
      path: 'envelope.type',
    });
  }
  if (definition.versions[version] === undefined) {
    throw new GatewayError('UNKNOWN_VERSION', {
      message: `${type} has no version ${version} (known: ${Object.keys(definition.versions).join(', ')}).`,
      path: 'envelope.version',
    });
  }
}
