import { GatewayError } from '../errors/gateway-error.js';

/**
 * Message types and versions the gateway routes (the `@nrm/schemas` catalogue). The gateway
 * never reads payloads, but it refuses a type or version no recipient could validate.
 */
export const MESSAGE_CATALOGUE: Readonly<Record<string, readonly number[]>> = {
  'nrm.referral': [1, 2],
  'nrm.info-request': [1],
  'nrm.info-response': [1],
  'nrm.consultation-request': [1],
  'nrm.consultation-opinion': [1],
  'nrm.identification-decision': [1],
  'nrm.review-request': [1],
  'nrm.review-outcome': [1],
  'nrm.assistance-plan': [1],
  'nrm.care-plan': [1],
  'nrm.service-referral': [1],
  'nrm.service-update': [1],
  'nrm.consent-record': [1],
  'nrm.consent-withdrawal': [1],
  'nrm.guardian-appointment': [1],
  'nrm.best-interests-determination': [1],
  'nrm.residence-decision': [1],
  'nrm.proceedings-notice': [1],
  'nrm.transnational-referral': [1],
  'nrm.return-request': [1],
  'nrm.risk-assessment': [1],
  'nrm.case-closure': [1],
};

/** UNKNOWN_TYPE / UNKNOWN_VERSION unless the catalogue has the pair. */
export function assertKnownType(type: string, version: number): void {
  const versions = MESSAGE_CATALOGUE[type];
  if (versions === undefined) {
    throw new GatewayError('UNKNOWN_TYPE', {
      message: `Unknown message type ${type}.`,
      path: 'envelope.type',
    });
  }
  if (!versions.includes(version)) {
    throw new GatewayError('UNKNOWN_VERSION', {
      message: `${type} has no version ${version} (known: ${versions.join(', ')}).`,
      path: 'envelope.version',
    });
  }
}
