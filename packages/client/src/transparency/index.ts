// The transparency log as agencies and auditors check it (DESIGN.md "Transparency log"):
// RFC 9162 Merkle proofs, log entries, signed tree heads, C2SP checkpoints and note keys,
// the export format and the offline verifier behind `nrm log verify`.
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
} from './merkle-tree.js';
export {
  LogEntry,
  canonicalJson,
  encodeLeaf,
  decodeLeaf,
  leafBytes,
  messageIdOf,
  type LogEntryInput,
  type LogEntryKind,
  type LogLeaf,
} from './log-entry.js';
export {
  signTreeHead,
  treeHeadBytes,
  treeHeadSignatureValid,
  type SignedTreeHead,
  type TreeHead,
} from './tree-head.js';
export {
  EXPORT_FORMAT,
  ExportHeader,
  ExportEntry,
  ExportTreeHead,
  ExportLine,
} from './export-format.js';
export {
  verifyLogExport,
  verifyTreeHeadConsistency,
  LOG_PROBLEM_CODES,
  type LogProblem,
  type LogProblemCode,
  type LogVerification,
  type VerifyOptions,
} from './verify.js';
export {
  runLogVerify,
  logVerifyCommand,
  LOG_VERIFY_EXIT,
  type LogVerifyIo,
} from './verify-command.js';
export {
  noteKeyId,
  noteSigner,
  parseVerifierKey,
  type NoteSigner,
  type NoteVerifier,
} from './note-key.js';
export { signCheckpoint, openCheckpoint, checkpointBody, type Checkpoint } from './checkpoint.js';
