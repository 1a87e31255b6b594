// The transparency log (DESIGN.md "Transparency log"): RFC 9162 Merkle tree, signed tree
// heads, exports and the offline verifier behind `nrm log verify`.
export {
  MerkleTree,
  EMPTY_ROOT,
  hashLeaf,
  hashChildren,
  merkleTreeHash,
  verifyInclusion,
  verifyConsistency,
  toHex,
  fromHex,
  type Hash,
} from '@nrm/client/transparency';
export {
  LogEntry,
  canonicalJson,
  encodeLeaf,
  decodeLeaf,
  type LogEntryInput,
  type LogEntryKind,
  type LogLeaf,
} from '@nrm/client/transparency';
export {
  transparencyLogMigration,
  TRANSPARENCY_LOG_MIGRATION_NAME,
  checkpointMigration,
  CHECKPOINT_MIGRATION_NAME,
  logSequencerMigration,
  LOG_SEQUENCER_MIGRATION_NAME,
  type TransparencyTables,
} from '../store/migrations/transparency-log.js';
export { KyselyLogStorage, type LogStorage, type StoredLeaf } from '../store/log-store.js';
export {
  signTreeHead,
  treeHeadBytes,
  treeHeadSignatureValid,
  type SignedTreeHead,
  type TreeHead,
} from '@nrm/client/transparency';
export {
  TransparencyLog,
  type TransparencyLogOptions,
  type InclusionProof,
  type ConsistencyProof,
} from './transparency-log.js';
export { exportLog, type ExportOptions } from './export.js';
export { EXPORT_FORMAT } from '@nrm/client/transparency';
export {
  verifyLogExport,
  verifyTreeHeadConsistency,
  LOG_PROBLEM_CODES,
  type LogProblem,
  type LogProblemCode,
  type LogVerification,
  type VerifyOptions,
} from '@nrm/client/transparency';
export {
  runLogVerify,
  logVerifyCommand,
  LOG_VERIFY_EXIT,
  type LogVerifyIo,
} from '@nrm/client/transparency';
