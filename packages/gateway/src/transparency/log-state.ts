import type { Checkpoint } from '@nrm/client/transparency';
import { leafBytes } from '@nrm/client/transparency';
import type { LogStorage } from '../store/log-store.js';
import { MerkleTree, hashLeaf, toHex } from '@nrm/client/transparency';

/** The log's verification state, as `/readyz` reports it. */
export type LogState =
  | { verified: true; treeSize: number; signedTreeSize: number; checkedAt: string }
  | { verified: false; problems: string[]; checkedAt: string };

/** What the stored entries are checked against. */
export interface LogEvidence {
  /** The tree this process holds in memory: what it appended and signed from. */
  inMemory: { size: number; root(treeSize: number): string };
  /** The newest checkpoint the gateway signed (its own checkpoint file), if any. */
  ownCheckpoint: Checkpoint | undefined;
}

/**
 * Recompute the tree from every stored entry (never trusting a stored hash) and check it
 * against the newest stored signed head, the gateway's own newest checkpoint and the tree
 * in memory. Any difference means the database was edited outside the gateway: rows
 * rewritten (even with recomputed hashes), deleted, or signed heads removed.
 */
export async function checkStoredLog(
  storage: LogStorage,
  evidence: LogEvidence,
  at: Date,
): Promise<LogState> {
  const problems: string[] = [];
  // Evidence first, entries last: entries only grow, so a head or a checkpoint signed while
  // this runs can never look like one that covers entries that are not there.
  const heads = await storage.treeHeads();
  const newest = heads.at(-1);
  const own = evidence.ownCheckpoint;
  const memorySize = evidence.inMemory.size;
  const memoryRoot = memorySize > 0 ? evidence.inMemory.root(memorySize) : undefined;
  const tree = new MerkleTree();
  const size = await storage.size();
  const batch = 10_000;
  for (let from = 0; from < size; from += batch) {
    for (const leaf of await storage.entries(from, from + batch)) {
      const computed = hashLeaf(leafBytes(leaf.entry));
      if (leaf.seq !== tree.size) {
        problems.push(`entry ${tree.size} is missing (found ${leaf.seq} in its place)`);
      } else if (toHex(computed) !== leaf.leafHash) {
        problems.push(`entry ${leaf.seq} does not match its stored leaf hash`);
      }
      tree.append(computed);
    }
  }
  const matches = (what: string, treeSize: number, rootHash: string): void => {
    if (treeSize > tree.size) {
      problems.push(`${what} covers ${treeSize} entries; ${tree.size} are stored`);
    } else if (toHex(tree.root(treeSize)) !== rootHash) {
      problems.push(`the stored entries do not give the root of ${what} (size ${treeSize})`);
    }
  };
  if (newest !== undefined) {
    matches('the newest stored signed head', newest.treeSize, newest.rootHash);
  }
  if (own !== undefined) {
    matches("the gateway's newest checkpoint", own.treeSize, own.rootHash);
    if ((newest?.treeSize ?? -1) < own.treeSize) {
      problems.push(
        `signed heads are missing from the database: the newest stored covers ${newest?.treeSize ?? 0} entries, the gateway signed ${own.treeSize}`,
      );
    }
  }
  if (memoryRoot !== undefined) {
    matches('the tree in memory', memorySize, memoryRoot);
  }
  const checkedAt = at.toISOString();
  return problems.length > 0
    ? { verified: false, problems: [...new Set(problems)], checkedAt }
    : {
        verified: true,
        treeSize: tree.size,
        signedTreeSize: Math.max(newest?.treeSize ?? 0, own?.treeSize ?? 0),
        checkedAt,
      };
}
