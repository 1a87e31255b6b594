import { z } from 'zod';
import { ConsentGiver } from '../data-protection/vocabulary.js';
import { AgencyId, CasePseudonym, Instant, SubjectPseudonym } from '../ids.js';
import { err, ok, violation } from '../result.js';
import type { Result, RuleViolation } from '../result.js';
import { ServiceKind } from './service-kind.js';
import {
  nextServiceReferralStatus,
  ServiceReferralStatus,
  type ServiceReferralEventType,
} from './service-referral-status.js';

/**
 * The person's informed consent to this referral. `informed: true` is a literal: a
 * referral without informed consent cannot be represented (DOMAIN.md: "Assistance is given
 * with informed consent").
 */
export const ServiceConsent = z.object({
  informed: z.literal(true),
  givenBy: ConsentGiver,
  givenAt: Instant,
});
export type ServiceConsent = z.infer<typeof ServiceConsent>;

/** Who chose the provider, and among how many offers (DOMAIN.md: "the person may choose services and provider"). */
export const ProviderChoice = z.object({
  chosenBy: z.enum(['subject', 'guardian', 'case-manager']),
  alternativesOffered: z.number().int().min(0).max(100),
});
export type ProviderChoice = z.infer<typeof ProviderChoice>;

export const ServiceReferralHistoryEntry = z.object({
  status: ServiceReferralStatus,
  at: Instant,
  by: AgencyId,
  reason: z.string().min(1).max(2000).optional(),
});
export type ServiceReferralHistoryEntry = z.infer<typeof ServiceReferralHistoryEntry>;

/** A referral of a person to one service provider, FHIR-Task-like (see `service-referral-status.ts`). */
export const ServiceReferral = z.object({
  id: z.string().regex(/^[0-9A-Za-z_-]{8,64}$/),
  case: CasePseudonym,
  subject: SubjectPseudonym,
  service: ServiceKind,
  requester: AgencyId,
  provider: AgencyId,
  consent: ServiceConsent,
  providerChoice: ProviderChoice,
  status: ServiceReferralStatus,
  /** Every status the referral has had, oldest first; the last entry is the current status. */
  history: z.array(ServiceReferralHistoryEntry).min(1),
});
export type ServiceReferral = z.infer<typeof ServiceReferral>;

export interface ServiceReferralRequest {
  readonly id: string;
  readonly case: ServiceReferral['case'];
  readonly subject: ServiceReferral['subject'];
  readonly service: ServiceKind;
  readonly requester: ServiceReferral['requester'];
  readonly provider: ServiceReferral['provider'];
  readonly consent: ServiceConsent;
  readonly providerChoice: ProviderChoice;
  readonly requestedAt: string;
}

/** A new referral in state `requested`. Consent must be given no later than the request. */
export function requestServiceReferral(input: ServiceReferralRequest): Result<ServiceReferral> {
  if (Date.parse(input.consent.givenAt) > Date.parse(input.requestedAt)) {
    return err(
      violation(
        'TRANSITION_NOT_ALLOWED',
        'a service referral needs the informed consent given before the request',
        ['consent', 'givenAt'],
      ),
    );
  }
  const { requestedAt, ...rest } = input;
  return ok({
    ...rest,
    status: 'requested',
    history: [{ status: 'requested', at: requestedAt, by: input.requester }],
  });
}

interface EventBase {
  readonly at: string;
  readonly by: ServiceReferral['provider'];
}
/** What can happen to a referral. Rejection and cancellation always say why. */
export type ServiceReferralEvent =
  | (EventBase & { readonly type: 'accept' })
  | (EventBase & { readonly type: 'reject'; readonly reason: string })
  | (EventBase & { readonly type: 'start' })
  | (EventBase & { readonly type: 'complete' })
  | (EventBase & { readonly type: 'cancel'; readonly reason: string });

/** The provider answers and delivers; either side may cancel (e.g. when the person changes their mind). */
function mayAct(referral: ServiceReferral, type: ServiceReferralEventType, by: string): boolean {
  return type === 'cancel'
    ? by === referral.provider || by === referral.requester
    : by === referral.provider;
}

/**
 * Applies one event. An event that does not apply to the current status, comes from an
 * agency that may not send it, or is dated before the latest change is refused with
 * TRANSITION_NOT_ALLOWED and the referral is left unchanged.
 */
export function transitionServiceReferral(
  referral: ServiceReferral,
  event: ServiceReferralEvent,
): Result<ServiceReferral, RuleViolation> {
  const next = nextServiceReferralStatus(referral.status, event.type);
  if (next === undefined) {
    return err(
      violation(
        'TRANSITION_NOT_ALLOWED',
        `a service referral in status "${referral.status}" cannot "${event.type}"`,
        ['status'],
      ),
    );
  }
  if (!mayAct(referral, event.type, event.by)) {
    return err(
      violation(
        'TRANSITION_NOT_ALLOWED',
        `agency ${event.by} may not "${event.type}" this service referral`,
        ['by'],
      ),
    );
  }
  const last = referral.history[referral.history.length - 1];
  if (last !== undefined && Date.parse(event.at) < Date.parse(last.at)) {
    return err(
      violation(
        'TRANSITION_NOT_ALLOWED',
        `"${event.type}" at ${event.at} is earlier than the last change at ${last.at}`,
        ['at'],
      ),
    );
  }
  const entry: ServiceReferralHistoryEntry =
    event.type === 'reject' || event.type === 'cancel'
      ? { status: next, at: event.at, by: event.by, reason: event.reason }
      : { status: next, at: event.at, by: event.by };
  return ok({ ...referral, status: next, history: [...referral.history, entry] });
}
