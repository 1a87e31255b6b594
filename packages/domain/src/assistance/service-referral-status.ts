import { z } from 'zod';

/**
 * Life cycle of a service referral, named after the FHIR R4 Task statuses it maps to
 * one-to-one (`requested`, `accepted`, `rejected`, `in-progress`, `completed`,
 * `cancelled`), so a FHIR adapter needs no translation table.
 */
export const SERVICE_REFERRAL_STATUSES = [
  'requested',
  'accepted',
  'rejected',
  'in-progress',
  'completed',
  'cancelled',
] as const;
export const ServiceReferralStatus = z.enum(SERVICE_REFERRAL_STATUSES);
export type ServiceReferralStatus = z.infer<typeof ServiceReferralStatus>;

export const SERVICE_REFERRAL_EVENT_TYPES = [
  'accept',
  'reject',
  'start',
  'complete',
  'cancel',
] as const;
export type ServiceReferralEventType = (typeof SERVICE_REFERRAL_EVENT_TYPES)[number];

/** States no event leaves. */
export const TERMINAL_SERVICE_REFERRAL_STATUSES: readonly ServiceReferralStatus[] = [
  'rejected',
  'completed',
  'cancelled',
];

/**
 * The whole state machine as data: for each state, the events it accepts and where they
 * lead. Anything not listed is refused with TRANSITION_NOT_ALLOWED.
 */
export const SERVICE_REFERRAL_TRANSITIONS: Readonly<
  Record<
    ServiceReferralStatus,
    Readonly<Partial<Record<ServiceReferralEventType, ServiceReferralStatus>>>
  >
> = {
  requested: { accept: 'accepted', reject: 'rejected', cancel: 'cancelled' },
  accepted: { start: 'in-progress', cancel: 'cancelled' },
  'in-progress': { complete: 'completed', cancel: 'cancelled' },
  rejected: {},
  completed: {},
  cancelled: {},
};

/** The state an event leads to, or `undefined` when the event does not apply. */
export function nextServiceReferralStatus(
  status: ServiceReferralStatus,
  event: ServiceReferralEventType,
): ServiceReferralStatus | undefined {
  return SERVICE_REFERRAL_TRANSITIONS[status][event];
}

export function isTerminalServiceReferralStatus(status: ServiceReferralStatus): boolean {
  return TERMINAL_SERVICE_REFERRAL_STATUSES.includes(status);
}
