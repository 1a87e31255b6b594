export {
  ROUTING_POLICY_2026_1,
  ROUTING_RULES,
  type RoutingPolicy,
  type RoutingRule,
} from './routing-policy.js';
export { checkRoute, type RouteRequest } from './check-route.js';
