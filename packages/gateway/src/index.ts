// Public surface of @nrm/gateway (the server side). The client SDK is `@nrm/gateway/client`.
export {
  startGateway,
  type RunningGateway,
  type StartGatewayOptions,
} from './server/start-gateway.js';
export { buildServer, DEFAULT_SERVER_OPTIONS, type ServerOptions } from './server/build-server.js';
export type { GatewayContext, GatewayKey } from './context/gateway-context.js';
export type { GatewayRouter } from './api/trpc-router.js';
export { buildOpenApiDocument } from './api/openapi.js';
export * from '@nrm/client/errors';
export {
  openSqliteStore,
  GatewayMigrations,
  type Store,
  type SqlDialectName,
} from './store/index.js';
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
// The transparency log as the gateway runs it, the DPO's questions, retention, erasure.
export { GatewayLog } from './transparency/gateway-log.js';
export { appendLeaves } from './store/log-appender.js';
export {
  LogEntry,
  exportLog,
  verifyLogExport,
  verifyInclusion,
  verifyConsistency,
  verifyTreeHeadConsistency,
  runLogVerify,
  type LogEntryInput,
  type LogLeaf,
  type LogVerification,
  type SignedTreeHead,
  type InclusionProof,
  type ConsistencyProof,
} from './transparency/index.js';
export {
  findDisclosures,
  nonConsentDisclosures,
  dpoAlerts,
  subjectAccessReport,
  renderReport,
  DisclosureFilter,
  REPORT_FORMATS,
  type ReportFormat,
} from './dpo/dpo-queries.js';
export type { LoggedDisclosure } from './dpo/disclosure-records.js';
export { policyInForce, type PolicyInForce } from './policy/policy-in-force.js';
export {
  checkPermittedCategories,
  PermittedCheck,
  type PermittedAnswer,
} from './policy/permitted-categories.js';
export { retentionPolicyFromEnv, RETENTION_ENV } from './retention/retention-config.js';
export { sweepRetention, type RetentionWorker } from './retention/retention-sweep.js';
export { eraseSubject, ErasureInput, type ErasureOutcome } from './retention/erase-subject.js';
