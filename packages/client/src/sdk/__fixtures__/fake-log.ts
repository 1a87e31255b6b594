import { generateKeyPairSync } from 'node:crypto';
import { signCheckpoint } from '../../transparency/checkpoint.js';
import { MerkleTree, hashLeaf, toHex } from '../../transparency/merkle-tree.js';
import { noteSigner, type NoteSigner } from '../../transparency/note-key.js';

/**
 * A real Merkle log with a real Ed25519 checkpoint key, for the fake gateway: each receipt
 * appends one leaf about its message and carries a signed checkpoint and inclusion proof.
 * `rewrite` replaces a leaf (a rewritten history) so witness tests can provoke a fork.
 */
export class FakeLog {
  readonly origin = 'fake-gateway.test/log';
  readonly signer: NoteSigner = noteSigner(this.origin, generateKeyPairSync('ed25519').privateKey);
  private leaves: string[] = [];
  private tree = new MerkleTree();

  append(fact: Record<string, string>): number {
    const leaf = JSON.stringify({ ...fact, seq: this.leaves.length });
    this.leaves.push(leaf);
    return this.tree.append(hashLeaf(new TextEncoder().encode(leaf)));
  }

  /** Replace leaf `index` and rebuild the tree: the log now tells another history. */
  rewrite(index: number, fact: Record<string, string>): void {
    this.leaves[index] = JSON.stringify({ ...fact, seq: index });
    this.tree = MerkleTree.of(this.leaves.map((leaf) => hashLeaf(new TextEncoder().encode(leaf))));
  }

  /** Keep only the first `size` leaves: a log rolled back. */
  truncate(size: number): void {
    this.leaves = this.leaves.slice(0, size);
    this.tree = MerkleTree.of(this.leaves.map((leaf) => hashLeaf(new TextEncoder().encode(leaf))));
  }

  checkpoint(): string {
    return signCheckpoint(
      { origin: this.origin, treeSize: this.tree.size, rootHash: toHex(this.tree.root()) },
      this.signer,
    );
  }

  /** The receipt's `log`: the newest checkpoint and the proof of entry `index`. */
  proof(index: number): {
    checkpoint: string;
    entries: { index: number; leaf: string; proof: string[] }[];
  } {
    return {
      checkpoint: this.checkpoint(),
      entries: [
        {
          index,
          leaf: this.leaves[index] as string,
          proof: this.tree.inclusionProof(index, this.tree.size).map(toHex),
        },
      ],
    };
  }

  consistency(
    oldSize: number,
    newSize: number,
  ): { oldSize: number; newSize: number; proof: string[] } {
    return { oldSize, newSize, proof: this.tree.consistencyProof(oldSize, newSize).map(toHex) };
  }
}
