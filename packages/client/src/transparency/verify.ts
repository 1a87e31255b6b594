import type { PublicKey } from 'openpgp';
import { normaliseFingerprint, readPublicKeys } from '../crypto/index.js';
import { ExportLine, type ExportEntry, type ExportHeader } from './export-format.js';
import { decodeLeaf, leafBytes } from './log-entry.js';
import {
  MerkleTree,
  fromHex,
  hashLeaf,
  toHex,
  verifyConsistency,
  type Hash,
} from './merkle-tree.js';
import { treeHeadSignatureValid, type SignedTreeHead } from './tree-head.js';

/** Stable codes of what the offline verifier finds. */
export const LOG_PROBLEM_CODES = [
  'EXPORT_MALFORMED',
  'KEY_MISMATCH',
  'NO_TREE_HEAD',
  'ENTRY_MODIFIED',
  'ENTRY_MISSING',
  'ENTRY_INSERTED',
  'ORDER_CHANGED',
  'STH_SIGNATURE_INVALID',
  'ROOT_MISMATCH',
  'FORK_DETECTED',
] as const;
export type LogProblemCode = (typeof LOG_PROBLEM_CODES)[number];

/** One finding. `position` is the 0-based entry position (or line, for EXPORT_MALFORMED). */
export interface LogProblem {
  code: LogProblemCode;
  message: string;
  position?: number;
  treeSize?: number;
}

/** The verifier's answer. */
export type LogVerification =
  | { ok: true; treeSize: number; rootHash: string; entries: number; treeHeads: number }
  | { ok: false; problems: LogProblem[] };

/** Options for {@link verifyLogExport}. */
export interface VerifyOptions {
  /**
   * Heads obtained elsewhere (from receipts, an earlier audit, another auditor): each must
   * be consistent with the export, which is how a rewritten or forked history shows.
   */
  knownHeads?: readonly SignedTreeHead[];
}

interface ParsedExport {
  header: ExportHeader | undefined;
  entries: ExportEntry[];
  heads: SignedTreeHead[];
  problems: LogProblem[];
}

/**
 * Verify a transparency log export offline, with only the gateway's public key: every
 * entry against its stored hash and its own position, every signed head's signature and
 * root against the entries, and every pair of heads for consistency (RFC 9162 proofs
 * computed from the entries). Each tamper gives at least one problem naming its position.
 */
export async function verifyLogExport(
  exportText: string,
  gatewayPublicKeyArmored: string,
  options: VerifyOptions = {},
): Promise<LogVerification> {
  const keys = await readPublicKeys(gatewayPublicKeyArmored);
  const parsed = parseExport(exportText);
  const problems = [...parsed.problems];
  checkHeader(parsed.header, keys, problems);

  const leaves = checkEntries(parsed.entries, problems);
  const tree = MerkleTree.of(leaves);

  const heads: SignedTreeHead[] = [];
  const candidates = [...parsed.heads, ...(options.knownHeads ?? [])];
  for (const [index, head] of candidates.entries()) {
    if (await treeHeadSignatureValid(head, keys)) {
      heads.push(head);
    } else {
      const where = index < parsed.heads.length ? 'in the export' : 'among the known heads';
      problems.push({
        code: 'STH_SIGNATURE_INVALID',
        message: `Tree head ${index + 1} ${where} (size ${head.treeSize}) is not signed by the gateway key.`,
        treeSize: head.treeSize,
      });
    }
  }
  const anchored = checkRoots(heads, tree, problems);
  checkForks(heads, anchored, tree, problems);

  const newest = anchored.at(-1);
  if (heads.length === 0) {
    problems.push({
      code: 'NO_TREE_HEAD',
      message: 'No validly signed tree head: nothing is proven.',
    });
  } else if (newest !== undefined && newest.treeSize < leaves.length) {
    problems.push({
      code: 'ENTRY_INSERTED',
      message: `Entries from position ${newest.treeSize} on (${leaves.length - newest.treeSize}) are not covered by any signed tree head.`,
      position: newest.treeSize,
    });
  }
  if (problems.length > 0 || newest === undefined) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    treeSize: newest.treeSize,
    rootHash: newest.rootHash,
    entries: leaves.length,
    treeHeads: heads.length,
  };
}

function parseExport(text: string): ParsedExport {
  const result: ParsedExport = { header: undefined, entries: [], heads: [], problems: [] };
  const lines = text.split('\n');
  if (lines.at(-1) === '') {
    lines.pop();
  }
  for (const [index, line] of lines.entries()) {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      json = undefined;
    }
    const parsed = ExportLine.safeParse(json);
    if (!parsed.success) {
      result.problems.push({
        code: 'EXPORT_MALFORMED',
        message: `Line ${index + 1} is not a header, entry or tree-head line.`,
        position: index + 1,
      });
      continue;
    }
    const value = parsed.data;
    if (value.type === 'header') {
      if (index !== 0) {
        result.problems.push({
          code: 'EXPORT_MALFORMED',
          message: `Line ${index + 1} is a second header.`,
          position: index + 1,
        });
      } else {
        result.header = value;
      }
    } else if (value.type === 'entry') {
      result.entries.push(value);
    } else {
      const { type: _type, ...head } = value;
      result.heads.push(head);
    }
  }
  if (result.header === undefined) {
    result.problems.push({
      code: 'EXPORT_MALFORMED',
      message: 'The first line is not an export header.',
      position: 1,
    });
  }
  return result;
}

function checkHeader(
  header: ExportHeader | undefined,
  keys: readonly PublicKey[],
  problems: LogProblem[],
): void {
  if (header === undefined) {
    return;
  }
  const claimed = normaliseFingerprint(header.gatewayKeyFingerprint);
  if (!keys.some((key) => key.getFingerprint() === claimed)) {
    problems.push({
      code: 'KEY_MISMATCH',
      message: `The export names gateway key ${claimed}, not the key given to the verifier.`,
    });
  }
}

/**
 * Hash every entry from its own bytes (never trusting the stored hash) and check that its
 * embedded position is where it stands: a deleted, inserted or moved row breaks the run.
 */
function checkEntries(entries: readonly ExportEntry[], problems: LogProblem[]): Hash[] {
  const leaves: Hash[] = [];
  const seqs: (number | undefined)[] = [];
  for (const [position, line] of entries.entries()) {
    const leaf = hashLeaf(leafBytes(line.entry));
    leaves.push(leaf);
    const decoded = decodeLeaf(line.entry);
    if (toHex(leaf) !== line.leafHash) {
      problems.push({
        code: 'ENTRY_MODIFIED',
        message: `Entry ${position} does not match its stored leaf hash.`,
        position,
      });
    } else if (!decoded.ok) {
      problems.push({
        code: 'ENTRY_MODIFIED',
        message: `Entry ${position} is not a leaf the gateway writes (${decoded.detail}).`,
        position,
      });
    }
    seqs.push(decoded.ok ? decoded.leaf.seq : undefined);
  }
  checkPositions(seqs, problems);
  return leaves;
}

function checkPositions(seqs: readonly (number | undefined)[], problems: LogProblem[]): void {
  const firstPosition = new Map<number, number>();
  for (const [position, seq] of seqs.entries()) {
    if (seq !== undefined && !firstPosition.has(seq)) {
      firstPosition.set(seq, position);
    }
  }
  const seen = new Set<number>();
  let expected = 0;
  for (const [position, seq] of seqs.entries()) {
    if (seq === undefined) {
      // Unreadable: already reported; assume it holds its place.
      expected += 1;
      continue;
    }
    if (seen.has(seq)) {
      problems.push({
        code: 'ENTRY_INSERTED',
        message: `Entry ${position} repeats position ${seq} (also at ${firstPosition.get(seq)}): one of them was inserted.`,
        position,
      });
      continue;
    }
    seen.add(seq);
    if (seq === expected) {
      expected += 1;
      continue;
    }
    if (seq < expected) {
      problems.push({
        code: 'ORDER_CHANGED',
        message: `Entry ${position} was written at position ${seq}: it has been moved.`,
        position,
      });
      continue;
    }
    const movedLater = Array.from({ length: seq - expected }, (_, i) => expected + i).some(
      (missing) => (firstPosition.get(missing) ?? -1) > position,
    );
    if (movedLater) {
      problems.push({
        code: 'ORDER_CHANGED',
        message: `Entry ${position} was written at position ${seq}: entries were reordered.`,
        position,
      });
    } else {
      for (let missing = expected; missing < seq; missing++) {
        problems.push({
          code: 'ENTRY_MISSING',
          message: `Entry ${missing} is missing: position ${position} holds entry ${seq}.`,
          position: missing,
        });
      }
    }
    expected = seq + 1;
  }
}

/**
 * Check each head's root against the entries. Returns the heads that match ("anchored"),
 * smallest first. A mismatch is located between the largest matching smaller head and it.
 */
function checkRoots(
  heads: readonly SignedTreeHead[],
  tree: MerkleTree,
  problems: LogProblem[],
): SignedTreeHead[] {
  const anchored: SignedTreeHead[] = [];
  const sorted = [...heads].sort((a, b) => a.treeSize - b.treeSize);
  const mismatched: SignedTreeHead[] = [];
  for (const head of sorted) {
    if (head.treeSize > tree.size) {
      problems.push({
        code: 'ENTRY_MISSING',
        message: `A signed tree head covers ${head.treeSize} entries; the export has ${tree.size}.`,
        position: tree.size,
        treeSize: head.treeSize,
      });
      mismatched.push(head);
    } else if (toHex(tree.root(head.treeSize)) === head.rootHash) {
      anchored.push(head);
    } else {
      mismatched.push(head);
    }
  }
  for (const head of mismatched.filter((h) => h.treeSize <= tree.size)) {
    const goodBelow = anchored.filter((a) => a.treeSize < head.treeSize).at(-1)?.treeSize ?? 0;
    problems.push({
      code: 'ROOT_MISMATCH',
      message: `The entries do not give the signed root of size ${head.treeSize}: an entry at a position from ${goodBelow} to ${head.treeSize - 1} was changed.`,
      position: goodBelow,
      treeSize: head.treeSize,
    });
  }
  return anchored;
}

/**
 * Two signed heads fork when the same size has two roots, or when the older one is not a
 * prefix of a newer head that the entries reproduce (its consistency proof fails).
 */
function checkForks(
  heads: readonly SignedTreeHead[],
  anchored: readonly SignedTreeHead[],
  tree: MerkleTree,
  problems: LogProblem[],
): void {
  const reported = new Set<string>();
  const report = (a: SignedTreeHead, b: SignedTreeHead, how: string): void => {
    const key = [a.treeSize, a.rootHash, b.treeSize, b.rootHash].join(':');
    if (!reported.has(key)) {
      reported.add(key);
      problems.push({
        code: 'FORK_DETECTED',
        message: `Signed heads of size ${a.treeSize} (${a.timestamp}) and ${b.treeSize} (${b.timestamp}) ${how}.`,
        treeSize: a.treeSize,
      });
    }
  };
  for (const [i, a] of heads.entries()) {
    for (const b of heads.slice(i + 1)) {
      if (a.treeSize === b.treeSize && a.rootHash !== b.rootHash) {
        report(a, b, 'have the same size but different roots');
      }
    }
  }
  const newest = anchored.at(-1);
  if (newest === undefined) {
    return;
  }
  const newRoot = fromHex(newest.rootHash) as Hash;
  for (const head of heads) {
    if (head.treeSize >= newest.treeSize) {
      continue;
    }
    const oldRoot = fromHex(head.rootHash) as Hash;
    const proof = tree.consistencyProof(head.treeSize, newest.treeSize);
    if (!verifyConsistency(head.treeSize, newest.treeSize, oldRoot, newRoot, proof)) {
      report(head, newest, 'are not consistent: the older tree is not a prefix of the newer');
    }
  }
}

/**
 * Check a consistency proof between two signed heads, e.g. one kept from an earlier visit
 * and one just fetched with the proof from the API. `FORK_DETECTED` when the gateway
 * showed two histories; `STH_SIGNATURE_INVALID` when a head is not the gateway's.
 */
export async function verifyTreeHeadConsistency(
  older: SignedTreeHead,
  newer: SignedTreeHead,
  proofHex: readonly string[],
  gatewayPublicKeyArmored: string,
): Promise<{ ok: true } | { ok: false; problem: LogProblem }> {
  const keys = await readPublicKeys(gatewayPublicKeyArmored);
  for (const head of [older, newer]) {
    if (!(await treeHeadSignatureValid(head, keys))) {
      return {
        ok: false,
        problem: {
          code: 'STH_SIGNATURE_INVALID',
          message: `The head of size ${head.treeSize} is not signed by the gateway key.`,
          treeSize: head.treeSize,
        },
      };
    }
  }
  const [first, second] = older.treeSize <= newer.treeSize ? [older, newer] : [newer, older];
  const proof = proofHex.map(fromHex);
  const oldRoot = fromHex(first.rootHash);
  const newRoot = fromHex(second.rootHash);
  const valid =
    oldRoot !== undefined &&
    newRoot !== undefined &&
    proof.every((p) => p !== undefined) &&
    verifyConsistency(first.treeSize, second.treeSize, oldRoot, newRoot, proof);
  return valid
    ? { ok: true }
    : {
        ok: false,
        problem: {
          code: 'FORK_DETECTED',
          message: `The head of size ${first.treeSize} is not a prefix of the head of size ${second.treeSize}.`,
          treeSize: first.treeSize,
        },
      };
}
