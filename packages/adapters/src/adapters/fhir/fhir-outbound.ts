import type { OutboundMapping } from '../../sdk/adapter.js';
import { consentRecordToFhir } from './consent-outbound.js';
import { transaction, type FhirEntry } from './fhir-entry.js';
import { serviceReferralToFhir } from './service-referral-outbound.js';
import { serviceUpdateToFhir } from './service-update-outbound.js';

/**
 * Canonical messages a health institution receives → FHIR R4 resources, written as one
 * transaction Bundle of conditional updates the hospital's FHIR server can POST as is.
 */
export const fhirOutbound: OutboundMapping<FhirEntry[]> = {
  fromCanonical(message) {
    switch (message.envelope.type) {
      case 'nrm.service-referral':
        return serviceReferralToFhir(message);
      case 'nrm.service-update':
        return serviceUpdateToFhir(message);
      case 'nrm.consent-record':
        return consentRecordToFhir(message);
      default:
        return null;
    }
  },
  serialize: (records) => `${JSON.stringify(transaction(records), null, 2)}\n`,
};
