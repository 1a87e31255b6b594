import type { ServiceKind } from '@nrm/domain';
import type {
  AdapterIssue,
  CanonicalMessage,
  InboundMapping,
  ParsedRecord,
} from '../../sdk/adapter.js';
import { schemaChecked } from '../schema-checked.js';
import { ServiceReferralRequest } from './referral-request.js';
import type { ServiceDirectory } from './service-directory.js';
import { readExportJson } from '../../sdk/export-input.js';

const issue = (code: string, message: string, path: string): AdapterIssue => ({
  code,
  message,
  path,
});

/** A JSON array of referral requests; each element is one record, refused on its own. */
function parse(input: string | Uint8Array): ParsedRecord<ServiceReferralRequest>[] {
  const read = readExportJson(input);
  if ('notJson' in read) {
    const message = read.notJson;
    return [{ nativeId: '(export)', error: issue('NATIVE_RECORD_UNREADABLE', message, '/') }];
  }
  const document = read.json;
  if (!Array.isArray(document)) {
    return [
      {
        nativeId: '(export)',
        error: issue('NATIVE_RECORD_UNREADABLE', 'expected a JSON array of referral requests', '/'),
      },
    ];
  }
  return document.map((item: unknown, i) => {
    const nativeId =
      typeof item === 'object' && item !== null && 'referralId' in item
        ? String(item.referralId)
        : `#${i}`;
    const parsed = ServiceReferralRequest.safeParse(item);
    if (parsed.success) {
      return { nativeId, record: parsed.data };
    }
    const first = parsed.error.issues[0];
    return {
      nativeId,
      error: issue(
        'NATIVE_FIELD_INVALID',
        first?.message ?? 'invalid',
        `/${i}/${first?.path.join('/') ?? ''}`,
      ),
    };
  });
}

/** Resolves the HSDS service to its agency and kind, then writes the `nrm.service-referral`. */
export function hsdsInbound(directory: ServiceDirectory): InboundMapping<ServiceReferralRequest> {
  return {
    parse,
    toCanonical(request, context): CanonicalMessage[] | AdapterIssue {
      const service = directory.services.find((s) => s.serviceId === request.hsdsServiceId);
      if (service === undefined) {
        return issue(
          'HSDS_SERVICE_UNKNOWN',
          `no service ${request.hsdsServiceId} in the service directory`,
          'hsdsServiceId',
        );
      }
      if (service.agencyId === undefined) {
        return issue(
          'HSDS_ORGANIZATION_NOT_CONNECTED',
          `${service.organizationName} is not an agency of the exchange (no ${'NRM-AGENCY'} identifier)`,
          'hsdsServiceId',
        );
      }
      let kind: ServiceKind | undefined = request.service;
      if (kind === undefined && service.kinds.length === 1) {
        kind = service.kinds[0];
      }
      if (kind === undefined || !service.kinds.includes(kind)) {
        return issue(
          'HSDS_SERVICE_KIND_MISMATCH',
          `${service.serviceName} offers ${service.kinds.join(', ') || 'no NRM service kind'}; name one in "service"`,
          'service',
        );
      }
      const payload = {
        id: request.referralId,
        case: request.case,
        subject: request.subject,
        service: kind,
        requester: context.agencyId,
        provider: service.agencyId,
        consent: {
          informed: true,
          givenBy: request.consent.givenBy,
          givenAt: request.consent.givenAt,
        },
        providerChoice: request.providerChoice,
        status: 'requested',
        history: [{ status: 'requested', at: request.requestedAt, by: context.agencyId }],
      };
      return schemaChecked([
        {
          type: 'nrm.service-referral',
          version: 1,
          payload,
          to: [service.agencyId],
          subject: request.subject,
          case: request.case,
          purpose: 'assistance',
          legalBasis: 'consent',
          consentRefs: [request.consent.ref],
          subjectIsChild: request.subjectIsChild,
        },
      ]);
    },
  };
}
