import { competentCsw } from '@nrm/domain';
import { GatewayError } from '@nrm/client/errors';
import type { RegisteredAgency } from '../store/registry/agencies.js';
import { ROUTING_RULES, type RoutingPolicy, type RoutingRule } from './routing-policy.js';

/** The envelope facts routing needs. */
export interface RouteRequest {
  type: string;
  from: string;
  to: readonly string[];
  subjectIsChild: boolean;
  area?: string | undefined;
}

/** ROUTE_FORBIDDEN that names the routing rule, so the log can record which one refused. */
export class RouteForbiddenError extends GatewayError {
  constructor(
    readonly rule: RoutingRule,
    detail: string,
    path: string,
  ) {
    super('ROUTE_FORBIDDEN', { message: `${rule}: ${ROUTING_RULES[rule]} ${detail}`.trim(), path });
  }
}

function forbidden(rule: RoutingRule, detail: string, path: string): GatewayError {
  return new RouteForbiddenError(rule, detail, path);
}

/**
 * Check a message's route against the policy. `directory` is every registered agency (to
 * find the competent CSW for the subject's area). Throws ROUTE_FORBIDDEN naming the rule.
 */
export function checkRoute(
  request: RouteRequest,
  sender: RegisteredAgency,
  directory: readonly RegisteredAgency[],
  policy: RoutingPolicy,
): RegisteredAgency[] {
  const byId = new Map(directory.map((agency) => [agency.id as string, agency]));
  const recipients = request.to.map((id, index) => {
    const agency = byId.get(id);
    if (agency === undefined) {
      throw forbidden('RECIPIENT_UNKNOWN', `(${id})`, `envelope.to.${index}`);
    }
    if (id === request.from) {
      throw forbidden('SELF_ADDRESSED', '', `envelope.to.${index}`);
    }
    return agency;
  });
  const issuers = policy.issuers[request.type];
  if (issuers !== undefined && !issuers.includes(sender.kind)) {
    throw forbidden(
      'ISSUER_NOT_COMPETENT',
      `(${request.type} may be issued by: ${issuers.join(', ')})`,
      'envelope.type',
    );
  }
  if (
    request.subjectIsChild &&
    policy.childRoutedTypes.includes(request.type) &&
    sender.kind !== 'csw'
  ) {
    const competent =
      request.area === undefined ? undefined : competentCsw(directory, request.area);
    const satisfied =
      competent === undefined
        ? recipients.some((agency) => agency.kind === 'csw')
        : recipients.some((agency) => agency.id === competent.id);
    if (!satisfied) {
      const which = competent === undefined ? 'a centre for social work' : competent.id;
      throw forbidden('CHILD_REFERRAL_INCLUDES_CSW', `(add ${which})`, 'envelope.to');
    }
  }
  return recipients;
}
