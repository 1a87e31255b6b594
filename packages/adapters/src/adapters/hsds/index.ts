import type { Adapter } from '../../sdk/adapter.js';
import { DEMO_DIRECTORY_HSDS } from './demo-directory.js';
import { hsdsInbound } from './hsds-inbound.js';
import { hsdsOutbound, type ServiceIntake } from './hsds-outbound.js';
import type { ServiceReferralRequest } from './referral-request.js';
import { importServiceDirectory, type ServiceDirectory } from './service-directory.js';

export {
  createHsdsValidator,
  type HsdsValidator,
  type HsdsValidatorOptions,
} from './hsds-schema.js';
export type { ServiceIntake } from './hsds-outbound.js';
export { ServiceReferralRequest } from './referral-request.js';
export {
  HSDS_TABLES,
  importServiceDirectoryTables,
  type HsdsTable,
} from './service-directory-tables.js';
export {
  importServiceDirectory,
  providersOf,
  NRM_AGENCY_SCHEME,
  NRM_SERVICE_KIND_TAXONOMY,
  type DirectoryService,
  type ServiceDirectory,
} from './service-directory.js';

/** The HSDS adapter over a given directory (import it with {@link importServiceDirectory}). */
export function createHsdsAdapter(
  directory: ServiceDirectory,
): Adapter<ServiceReferralRequest, ServiceIntake> {
  return {
    name: 'hsds',
    description:
      'Open Referral HSDS 3.0 service directory: referrals to a directory service ↔ nrm.service-referral',
    inbound: hsdsInbound(directory),
    outbound: hsdsOutbound(directory),
  };
}

/** Over the demo's Serbian providers; an agency builds its own from its HSDS directory. */
export const adapter = createHsdsAdapter(importServiceDirectory(DEMO_DIRECTORY_HSDS).directory);
