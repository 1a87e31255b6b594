import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_ROOT,
  MerkleTree,
  fromHex,
  hashLeaf,
  merkleTreeHash,
  splitPoint,
  toHex,
  verifyConsistency,
  verifyInclusion,
  type Hash,
} from './merkle-tree.js';

// The RFC 6962 leaf inputs used by Certificate Transparency implementations' tests.
const INPUTS = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((hex) => Buffer.from(hex, 'hex'));

// Expected roots for sizes 0..8, as published with those inputs.
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

function treeOf(size: number): MerkleTree {
  return MerkleTree.of(
    Array.from({ length: size }, (_, i) => hashLeaf(new Uint8Array(Uint32Array.of(i).buffer))),
  );
}

function flipBit(hash: Hash, bit: number): Hash {
  const copy = Uint8Array.from(hash);
  copy[Math.floor(bit / 8) % copy.length]! ^= 1 << (bit % 8);
  return copy;
}

describe('RFC 6962 test vectors', () => {
  const leaves = INPUTS.map(hashLeaf);

  it('hashes leaves with the 0x00 prefix', () => {
    expect(toHex(leaves[0]!)).toBe(ROOTS[1]);
    expect(toHex(EMPTY_ROOT)).toBe(ROOTS[0]);
  });

  it.each(ROOTS.map((root, size) => [size, root] as const))(
    'root of the first %i inputs is %s (cached tree and reference recursion)',
    (size, root) => {
      expect(toHex(merkleTreeHash(leaves.slice(0, size)))).toBe(root);
      expect(toHex(MerkleTree.of(leaves).root(size))).toBe(root);
    },
  );

  it('proves inclusion and consistency for every size of the vector tree', () => {
    const tree = MerkleTree.of(leaves);
    for (let n = 1; n <= 8; n++) {
      const root = fromHex(ROOTS[n]!)!;
      for (let m = 0; m < n; m++) {
        expect(verifyInclusion(leaves[m]!, m, n, tree.inclusionProof(m, n), root)).toBe(true);
      }
      for (let m = 0; m <= n; m++) {
        const oldRoot = fromHex(ROOTS[m]!)!;
        expect(verifyConsistency(m, n, oldRoot, root, tree.consistencyProof(m, n))).toBe(true);
      }
    }
  });

  it('gives the RFC 9162 proof lengths for the 7-leaf example', () => {
    const tree = MerkleTree.of(leaves.slice(0, 7));
    // §2.1.5: PATH(0) = [b, h, l], PATH(6) = [j, k], PROOF(3) = [c, d, g, l], PROOF(4) = [l], PROOF(6) = [i, j, k].
    expect(tree.inclusionProof(0, 7)).toHaveLength(3);
    expect(tree.inclusionProof(6, 7)).toHaveLength(2);
    expect(tree.consistencyProof(3, 7)).toHaveLength(4);
    expect(tree.consistencyProof(4, 7)).toHaveLength(1);
    expect(tree.consistencyProof(6, 7)).toHaveLength(3);
  });
});

describe('MerkleTree', () => {
  it('agrees with the reference recursion for every size up to 70', () => {
    const tree = treeOf(70);
    const leaves = Array.from({ length: 70 }, (_, i) => tree.leafHash(i));
    for (let n = 0; n <= 70; n++) {
      expect(toHex(tree.root(n))).toBe(toHex(merkleTreeHash(leaves.slice(0, n))));
    }
  });

  it('rejects sizes and indexes outside the tree', () => {
    const tree = treeOf(5);
    expect(() => tree.root(6)).toThrow(RangeError);
    expect(() => tree.root(-1)).toThrow(RangeError);
    expect(() => tree.leafHash(5)).toThrow(RangeError);
    expect(() => tree.inclusionProof(5, 5)).toThrow(RangeError);
    expect(() => tree.inclusionProof(0, 0)).toThrow(RangeError);
    expect(() => tree.inclusionProof(0, 6)).toThrow(RangeError);
    expect(() => tree.consistencyProof(4, 3)).toThrow(RangeError);
    expect(() => tree.consistencyProof(1, 6)).toThrow(RangeError);
    expect(() => tree.root(1.5)).toThrow(RangeError);
  });

  it('splits at the largest power of two below n', () => {
    expect([2, 3, 4, 5, 8, 9, 1025].map(splitPoint)).toEqual([1, 2, 2, 4, 4, 8, 1024]);
  });

  it('parses only 64-digit lower-case hex', () => {
    expect(fromHex('ab')).toBeUndefined();
    expect(fromHex(ROOTS[0]!.toUpperCase())).toBeUndefined();
    expect(toHex(fromHex(ROOTS[0]!)!)).toBe(ROOTS[0]);
  });
});

describe('proof properties (fast-check)', () => {
  const full = treeOf(64);
  const sizeAndIndex = fc
    .integer({ min: 1, max: 64 })
    .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 1 })));
  const oldAndNew = fc
    .integer({ min: 0, max: 64 })
    .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

  it('every inclusion proof verifies, for every index and size up to 64', () => {
    for (let n = 1; n <= 64; n++) {
      const root = full.root(n);
      for (let m = 0; m < n; m++) {
        expect(verifyInclusion(full.leafHash(m), m, n, full.inclusionProof(m, n), root)).toBe(true);
      }
    }
  });

  it('every consistency proof verifies, for every m <= n <= 64', () => {
    for (let n = 0; n <= 64; n++) {
      for (let m = 0; m <= n; m++) {
        const ok = verifyConsistency(m, n, full.root(m), full.root(n), full.consistencyProof(m, n));
        expect(ok).toBe(true);
      }
    }
  });

  it('a flipped bit in a proof element, the root or the leaf fails inclusion', () => {
    fc.assert(
      fc.property(sizeAndIndex, fc.nat(), fc.nat(255), ([n, m], which, bit) => {
        const proof = full.inclusionProof(m, n);
        const root = full.root(n);
        const leaf = full.leafHash(m);
        const target = which % (proof.length + 2);
        if (target < proof.length) {
          const bad = proof.map((p, i) => (i === target ? flipBit(p, bit) : p));
          return !verifyInclusion(leaf, m, n, bad, root);
        }
        return target === proof.length
          ? !verifyInclusion(leaf, m, n, proof, flipBit(root, bit))
          : !verifyInclusion(flipBit(leaf, bit), m, n, proof, root);
      }),
    );
  });

  it('a flipped bit in a proof element or either root fails consistency', () => {
    fc.assert(
      fc.property(
        oldAndNew.filter(([m, n]) => m > 0 && m < n),
        fc.nat(),
        fc.nat(255),
        ([m, n], which, bit) => {
          const proof = full.consistencyProof(m, n);
          const oldRoot = full.root(m);
          const newRoot = full.root(n);
          const target = which % (proof.length + 2);
          if (target < proof.length) {
            const bad = proof.map((p, i) => (i === target ? flipBit(p, bit) : p));
            return !verifyConsistency(m, n, oldRoot, newRoot, bad);
          }
          return target === proof.length
            ? !verifyConsistency(m, n, flipBit(oldRoot, bit), newRoot, proof)
            : !verifyConsistency(m, n, oldRoot, flipBit(newRoot, bit), proof);
        },
      ),
    );
  });

  it('a proof for the wrong index, size or an altered length fails', () => {
    fc.assert(
      fc.property(sizeAndIndex, ([n, m]) => {
        const proof = full.inclusionProof(m, n);
        const root = full.root(n);
        const leaf = full.leafHash(m);
        const otherIndex = (m + 1) % n;
        return (
          (n === 1 || !verifyInclusion(leaf, otherIndex, n, proof, root)) &&
          !verifyInclusion(leaf, m, n, [...proof, root], root) &&
          !verifyInclusion(leaf, n, n, proof, root) &&
          !verifyInclusion(leaf, -1, n, proof, root)
        );
      }),
    );
  });

  it('a consistency proof with a wrong size, a dropped or an extra element fails', () => {
    fc.assert(
      fc.property(
        oldAndNew.filter(([m, n]) => m > 0 && m < n),
        ([m, n]) => {
          const proof = full.consistencyProof(m, n);
          const oldRoot = full.root(m);
          const newRoot = full.root(n);
          return (
            !verifyConsistency(m, n, oldRoot, newRoot, proof.slice(1)) &&
            !verifyConsistency(m, n, oldRoot, newRoot, [...proof, newRoot]) &&
            !verifyConsistency(n, m, newRoot, oldRoot, proof) &&
            !verifyConsistency(m, n, oldRoot, newRoot, [])
          );
        },
      ),
    );
  });

  it('handles the trivial consistency cases: equal sizes and the empty tree', () => {
    expect(verifyConsistency(5, 5, full.root(5), full.root(5), [])).toBe(true);
    expect(verifyConsistency(5, 5, full.root(5), full.root(4), [])).toBe(false);
    expect(verifyConsistency(5, 5, full.root(5), full.root(5), [full.root(1)])).toBe(false);
    expect(verifyConsistency(0, 9, EMPTY_ROOT, full.root(9), [])).toBe(true);
    expect(verifyConsistency(0, 9, full.root(1), full.root(9), [])).toBe(false);
    expect(verifyConsistency(0, 9, EMPTY_ROOT, full.root(9), [full.root(1)])).toBe(false);
    expect(verifyConsistency(1.5, 9, EMPTY_ROOT, full.root(9), [])).toBe(false);
    expect(verifyInclusion(full.leafHash(0), 0, 1.5, [], full.root(1))).toBe(false);
  });
});
