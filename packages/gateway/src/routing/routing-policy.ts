import type { AgencyKind } from '@nrm/domain';

/**
 * Who may send which message type to whom, as versioned data (DESIGN.md step 4). The rules
 * here are the routing part only; whether a disclosure is lawful is the consent check's job.
 */
export interface RoutingPolicy {
  readonly version: string;
  /** Message types only agencies of these kinds may issue (DOMAIN.md: "the competent authority identifies"). */
  readonly issuers: Readonly<Record<string, readonly AgencyKind[]>>;
  /** Types that, for a child subject, must also address the competent CSW (DOMAIN.md "Children"). */
  readonly childRoutedTypes: readonly string[];
}

export const ROUTING_POLICY_2026_1: RoutingPolicy = {
  version: 'rs-routing-2026.1',
  issuers: {
    'nrm.identification-decision': ['competent-authority'],
    // The review panel is convened by the competent authority or the national coordinator,
    // never by the agency that decided (REVIEW_PANEL_INDEPENDENT is the domain's check).
    'nrm.review-outcome': ['competent-authority', 'national-coordinator'],
    'nrm.guardian-appointment': ['csw'],
    'nrm.best-interests-determination': ['csw'],
    'nrm.residence-decision': ['asylum-migration-authority', 'police', 'border-police'],
    'nrm.proceedings-notice': ['prosecutor', 'court', 'police', 'competent-authority'],
  },
  childRoutedTypes: ['nrm.referral', 'nrm.transnational-referral'],
};

/** The routing rule ids, named in ROUTE_FORBIDDEN messages so a sender knows what to fix. */
export const ROUTING_RULES = {
  RECIPIENT_UNKNOWN: 'Every recipient must be a registered agency.',
  SELF_ADDRESSED: 'A sender may not address itself.',
  ISSUER_NOT_COMPETENT: 'Only the competent authority kinds may issue this message type.',
  CHILD_REFERRAL_INCLUDES_CSW:
    'A child referral must also address the competent centre for social work.',
} as const;
export type RoutingRule = keyof typeof ROUTING_RULES;
