import { createHash } from 'node:crypto';
import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';

/** One resource of a transaction, written so that replaying it changes nothing. */
export type FhirEntry = BundleEntry & { resource: Resource; fullUrl: string };

/** A name-based UUID (RFC 9562 v5, SHA-1): the same resource gets the same `fullUrl` every time. */
function uuidFor(name: string): string {
  const hash = createHash('sha1').update(`nrm-exchange/fhir/${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A conditional update keyed by the resource's business identifier (`PUT Task?identifier=…`):
 * the hospital's FHIR server creates the resource once and updates it on redelivery, so a
 * message delivered twice never makes two ServiceRequests.
 */
export function entry(resource: Resource, system: string, value: string): FhirEntry {
  const key = `${resource.resourceType}?identifier=${encodeURIComponent(`${system}|${value}`)}`;
  return {
    fullUrl: `urn:uuid:${uuidFor(key)}`,
    resource,
    request: { method: 'PUT', url: key },
  };
}

/** The entries of several messages as one transaction; a resource named twice appears once, the last version. */
export function transaction(records: readonly (readonly FhirEntry[])[]): Bundle {
  const byUrl = new Map<string, FhirEntry>();
  for (const e of records.flat()) {
    byUrl.delete(e.fullUrl);
    byUrl.set(e.fullUrl, e);
  }
  return { resourceType: 'Bundle', type: 'transaction', entry: [...byUrl.values()] };
}
