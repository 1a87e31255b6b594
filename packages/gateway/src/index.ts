// Public surface of @nrm/gateway (the server side). The client SDK is `@nrm/gateway/client`.
export {
  startGateway,
  type RunningGateway,
  type StartGatewayOptions,
} from './server/start-gateway.js';
export { buildServer, DEFAULT_SERVER_OPTIONS, type ServerOptions } from './server/build-server.js';
export type { GatewayContext, GatewayKey } from './server/context.js';
export type { GatewayRouter } from './api/trpc-router.js';
export { buildOpenApiDocument } from './api/openapi.js';
export * from './errors/index.js';
export {
  openSqliteStore,
  GatewayMigrations,
  type Store,
  type SqlDialectName,
} from './storage/index.js';
export {
  ROUTING_POLICY_2026_1,
  ROUTING_RULES,
  type RoutingPolicy,
  type RoutingRule,
} from './routing/index.js';
export { GATEWAY_POLICY, GATEWAY_PROFILE, ConsentScope } from './consent-check/index.js';
export { DELIVERY_STATUSES, type DeliveryStatus } from './delivery/index.js';
export {
  ManualClock,
  systemClock,
  type Clock,
  AdminRole,
  CredentialScope,
} from './registry/index.js';
export {
  SERBIAN_NRM_AGENCIES,
  seedDemo,
  readDemoAgency,
  readDemoAdminToken,
  demoAgencyDir,
  type DemoAgency,
} from './seed/index.js';
