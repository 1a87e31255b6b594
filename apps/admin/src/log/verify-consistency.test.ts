import { describe, expect, it } from 'vitest';
import { MerkleTree, toHex } from '../../../../packages/client/src/transparency/merkle-tree.js';
import { verifyConsistency } from './verify-consistency.js';

// Proofs made by the gateway's own Merkle tree, checked by the browser's WebCrypto version.
function tree(size: number): MerkleTree {
  const t = new MerkleTree();
  for (let i = 0; i < size; i++) {
    t.append(new Uint8Array(32).fill(i + 1));
  }
  return t;
}

describe('verifyConsistency (WebCrypto)', () => {
  it('accepts every proof the gateway makes between sizes 1..17 and 17', async () => {
    const t = tree(17);
    for (let old = 1; old <= 17; old++) {
      const proof = t.consistencyProof(old, 17).map(toHex);
      expect(await verifyConsistency(old, 17, toHex(t.root(old)), toHex(t.root(17)), proof)).toBe(
        true,
      );
    }
  });

  it('refuses a proof against a rewritten old root, a changed hash or swapped sizes', async () => {
    const t = tree(12);
    const proof = t.consistencyProof(5, 12).map(toHex);
    const oldRoot = toHex(t.root(5));
    const newRoot = toHex(t.root(12));
    expect(await verifyConsistency(5, 12, toHex(t.root(6)), newRoot, proof)).toBe(false);
    const changed = [...proof];
    changed[0] = '0'.repeat(64);
    expect(await verifyConsistency(5, 12, oldRoot, newRoot, changed)).toBe(false);
    expect(await verifyConsistency(12, 5, newRoot, oldRoot, proof)).toBe(false);
    expect(await verifyConsistency(5, 12, 'not hex', newRoot, proof)).toBe(false);
  });
});
