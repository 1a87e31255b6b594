import type { ServiceReferralV1 } from '@nrm/schemas';
import type { OutboundMapping } from '../../sdk/adapter.js';
import { providersOf, type ServiceDirectory } from './service-directory.js';

/**
 * A provider's intake record for a service referral it received: the referral's facts plus
 * the provider's own HSDS service and locations that deliver it, so the intake desk knows
 * which of its services and sites the person was referred to.
 */
export interface ServiceIntake {
  readonly serviceReferralId: string;
  readonly case: string;
  readonly subject: string;
  readonly service: string;
  readonly requester: string;
  readonly status: string;
  readonly requestedAt: string;
  /** The provider's HSDS services of that kind; empty when its directory entry lacks the kind. */
  readonly hsdsServices: readonly {
    readonly id: string;
    readonly name: string;
    readonly locationIds: readonly string[];
  }[];
}

export function hsdsOutbound(directory: ServiceDirectory): OutboundMapping<ServiceIntake> {
  return {
    fromCanonical(message, context) {
      if (message.envelope.type !== 'nrm.service-referral') {
        return null;
      }
      // The SDK hands over payloads validated and upgraded to the latest version (v1 here).
      const referral = message.payload as ServiceReferralV1;
      const services = providersOf(directory, context.agencyId, referral.service);
      return {
        serviceReferralId: referral.id,
        case: referral.case,
        subject: referral.subject,
        service: referral.service,
        requester: referral.requester,
        status: referral.status,
        requestedAt: referral.history[0]?.at ?? message.signedAt.toISOString(),
        hsdsServices: services.map((s) => ({
          id: s.serviceId,
          name: s.serviceName,
          locationIds: s.locations.map((l) => l.id),
        })),
      };
    },
    serialize(records) {
      return `${JSON.stringify(records, null, 2)}\n`;
    },
  };
}
