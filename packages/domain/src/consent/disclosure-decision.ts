import type { DataCategory } from '../data-protection/vocabulary.js';
import type { PolicyBasis } from '../lawful-basis/lawful-basis-policy.js';
import type { RuleCode } from '../rules/rule-codes.js';
import type { ConsentId } from './consent-record.js';

/**
 * Why a basis did not cover a disclosure. Stable strings: the gateway, the SDK (which
 * strips `category-not-covered` categories when told to minimise) and the transparency
 * log rely on them. Never rename, only add.
 */
export const DENIAL_DETAILS = [
  'no-consent',
  'expired',
  'not-yet-valid',
  'withdrawn',
  'purpose-not-covered',
  'category-not-covered',
  'recipient-not-covered',
  'child-consent-by-self',
  'giver-not-accepted',
  'justification-missing',
  'sender-not-covered',
  'subject-not-covered',
  'basis-not-in-policy',
  'policy-not-in-force',
  'discloser-not-covered',
  'message-type-not-covered',
] as const;
export type DenialDetail = (typeof DENIAL_DETAILS)[number];

/** One reason a disclosure is refused, tied to the consent or policy rule it concerns. */
export interface DenialReason {
  /** The gateway's error code for every refused disclosure (DESIGN.md "Errors"). */
  readonly code: Extract<RuleCode, 'CONSENT_MISSING'>;
  readonly detail: DenialDetail;
  readonly message: string;
  readonly consentId?: ConsentId;
  readonly ruleId?: string;
  /** For `category-not-covered`: the requested categories the basis does not cover. */
  readonly categories?: readonly DataCategory[];
}

/** The basis a permitted disclosure relies on, as recorded in the envelope and the log. */
export type DisclosureBasis =
  | { readonly kind: 'consent'; readonly lawfulBasis: 'consent'; readonly consentId: ConsentId }
  | {
      readonly kind: 'policy';
      readonly lawfulBasis: PolicyBasis;
      readonly policyId: string;
      readonly policyVersion: number;
      readonly ruleId: string;
    };

export type DisclosureDecision =
  | {
      readonly allowed: true;
      readonly basis: DisclosureBasis;
      /** Exactly the requested categories; all of them are covered by `basis`. */
      readonly categories: readonly DataCategory[];
      /** The DPO must be told (vital interests). */
      readonly alert: boolean;
    }
  | { readonly allowed: false; readonly reasons: readonly DenialReason[] };
