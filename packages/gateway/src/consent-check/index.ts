export { ConsentScope, type HeldConsent } from './consent-scope.js';
export {
  SERBIA_DISCLOSURE_POLICY,
  type DisclosurePolicy,
  type DisclosureRule,
} from './disclosure-policy.js';
export {
  checkDisclosure,
  checkWithdrawalNotice,
  consentGap,
  type DisclosureBasis,
  type DisclosureRequest,
  type DisclosureVerdict,
} from './check-disclosure.js';
