export { ConsentScope, type HeldConsent } from './consent-scope.js';
export { GATEWAY_POLICY, GATEWAY_PROFILE } from './gateway-policy.js';
export {
  checkDisclosure,
  checkWithdrawalNotice,
  type DisclosureBasis,
  type DisclosureRequest,
  type DisclosureVerdict,
} from './check-disclosure.js';
