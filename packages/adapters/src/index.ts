// Public surface of @nrm/adapters.
export type * from './sdk/adapter.js';
export { AdapterRunner, recordDigest, isIssue } from './sdk/runner.js';
export type {
  RunnerOptions,
  RunnerClientOptions,
  ImportSummary,
  PullSummary,
} from './sdk/runner.js';
export { Journal, journalKey, type JournalEntry } from './sdk/journal.js';
export { RejectFile, type RejectedRecord } from './sdk/reject-file.js';
export { withRetry, isTransient, type RetryOptions } from './sdk/retry.js';
export { Progress, type ProgressStream, type ProgressCounts } from './sdk/progress.js';
export { folderSink, httpSink, type OutboundSink } from './sdk/sinks.js';
export {
  importDropFolder,
  startWebhook,
  pollOnce,
  type DropFolderOptions,
  type Unwrap,
  type WebhookOptions,
  type RunningWebhook,
} from './sdk/sources.js';
export * as hsds from './adapters/hsds/index.js';
export * as htcds from './adapters/htcds/index.js';
export * as fhir from './adapters/fhir/index.js';
