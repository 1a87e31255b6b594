import { createHash } from 'node:crypto';

/** A SHA-256 hash: 32 bytes. */
export type Hash = Uint8Array;

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

/** RFC 9162 §2.1.1 leaf hash: SHA-256(0x00 ‖ entry). */
export function hashLeaf(entry: Uint8Array): Hash {
  return createHash('sha256').update(LEAF_PREFIX).update(entry).digest();
}

/** RFC 9162 §2.1.1 interior node hash: SHA-256(0x01 ‖ left ‖ right). */
export function hashChildren(left: Hash, right: Hash): Hash {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** The hash of the empty tree: SHA-256 of the empty string. */
export const EMPTY_ROOT: Hash = createHash('sha256').digest();

/** Constant-length byte comparison (hashes are public, so timing does not matter). */
export function hashesEqual(a: Hash, b: Hash): boolean {
  if (a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}

/** Lower-case hex of a hash, the form used on the wire and in storage. */
export function toHex(hash: Hash): string {
  return Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength).toString('hex');
}

/** Parse a 64-digit hex hash; `undefined` when it is not one. */
export function fromHex(hex: string): Hash | undefined {
  return /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, 'hex') : undefined;
}

/** The largest power of two strictly smaller than n (n ≥ 2): RFC 9162's split point k. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) {
    k *= 2;
  }
  return k;
}

// Plain arithmetic instead of bit operators: tree sizes may exceed 2^31.
const lsb = (x: number): boolean => x % 2 === 1;
const half = (x: number): number => Math.floor(x / 2);

/**
 * The Merkle Tree Hash of `leafHashes` by the RFC 9162 §2.1.1 recursion, O(n). The reference
 * the cached {@link MerkleTree} is tested against, and what an offline verifier uses once.
 */
export function merkleTreeHash(leafHashes: readonly Hash[]): Hash {
  const subtree = (from: number, to: number): Hash => {
    const n = to - from;
    if (n === 1) {
      return leafHashes[from] as Hash;
    }
    const k = splitPoint(n);
    return hashChildren(subtree(from, from + k), subtree(from + k, to));
  };
  return leafHashes.length === 0 ? EMPTY_ROOT : subtree(0, leafHashes.length);
}

/**
 * An append-only Merkle tree over leaf hashes that keeps every complete, aligned subtree
 * hash (level k holds the hashes of leaves [j·2^k, (j+1)·2^k)). Append is amortised O(1)
 * (one new node per level that completes), the root of any size is O(log n) from the
 * "right frontier" of complete subtrees, and proofs are O(log² n) in the worst case
 * instead of O(n): RFC 9162's left subtrees are always complete and aligned, so only the
 * ragged right edge is ever recomputed.
 */
export class MerkleTree {
  private readonly levels: Hash[][] = [[]];

  /** Build from existing leaf hashes, e.g. when a stored log is opened. */
  static of(leafHashes: Iterable<Hash>): MerkleTree {
    const tree = new MerkleTree();
    for (const leaf of leafHashes) {
      tree.append(leaf);
    }
    return tree;
  }

  /** The number of leaves. */
  get size(): number {
    return (this.levels[0] as Hash[]).length;
  }

  /** The leaf hash at `index`. */
  leafHash(index: number): Hash {
    this.assertRange(index, 0, this.size - 1, 'leaf index');
    return (this.levels[0] as Hash[])[index] as Hash;
  }

  /** Append a leaf hash; returns its index. */
  append(leafHash: Hash): number {
    const index = this.size;
    let hash = leafHash;
    let level = 0;
    for (;;) {
      const row = this.levels[level] ?? [];
      this.levels[level] = row;
      row.push(hash);
      // A completed pair at this level makes one node on the level above.
      if (row.length % 2 === 1) {
        break;
      }
      hash = hashChildren(row[row.length - 2] as Hash, hash);
      level += 1;
    }
    return index;
  }

  /** The root hash of the first `treeSize` leaves (default: all). */
  root(treeSize: number = this.size): Hash {
    this.assertRange(treeSize, 0, this.size, 'tree size');
    return treeSize === 0 ? EMPTY_ROOT : this.subtreeHash(0, treeSize);
  }

  /** RFC 9162 §2.1.3.1 PATH(m, D[n]): the audit path of leaf `index` in the tree of `treeSize`. */
  inclusionProof(index: number, treeSize: number): Hash[] {
    this.assertRange(treeSize, 1, this.size, 'tree size');
    this.assertRange(index, 0, treeSize - 1, 'leaf index');
    const path: Hash[] = [];
    const walk = (m: number, from: number, to: number): void => {
      const n = to - from;
      if (n <= 1) {
        return;
      }
      const k = splitPoint(n);
      if (m < k) {
        walk(m, from, from + k);
        path.push(this.subtreeHash(from + k, to));
      } else {
        walk(m - k, from + k, to);
        path.push(this.subtreeHash(from, from + k));
      }
    };
    walk(index, 0, treeSize);
    return path;
  }

  /** RFC 9162 §2.1.4.1 PROOF(m, D[n]): the consistency proof from `oldSize` to `newSize`. */
  consistencyProof(oldSize: number, newSize: number): Hash[] {
    this.assertRange(newSize, 0, this.size, 'new tree size');
    this.assertRange(oldSize, 0, newSize, 'old tree size');
    const proof: Hash[] = [];
    if (oldSize === 0 || oldSize === newSize) {
      return proof;
    }
    const sub = (m: number, from: number, to: number, complete: boolean): void => {
      const n = to - from;
      if (m === n) {
        if (!complete) {
          proof.push(this.subtreeHash(from, to));
        }
        return;
      }
      const k = splitPoint(n);
      if (m <= k) {
        sub(m, from, from + k, complete);
        proof.push(this.subtreeHash(from + k, to));
      } else {
        sub(m - k, from + k, to, false);
        proof.push(this.subtreeHash(from, from + k));
      }
    };
    sub(oldSize, 0, newSize, true);
    return proof;
  }

  /** MTH(D[from:to]) using the cached complete subtrees. */
  private subtreeHash(from: number, to: number): Hash {
    const n = to - from;
    if (n === 1) {
      return this.leafHash(from);
    }
    // A complete aligned subtree is cached at level log2(n).
    if (isPowerOfTwo(n) && from % n === 0) {
      const level = Math.log2(n);
      const cached = this.levels[level]?.[from / n];
      if (cached !== undefined) {
        return cached;
      }
    }
    const k = splitPoint(n);
    return hashChildren(this.subtreeHash(from, from + k), this.subtreeHash(from + k, to));
  }

  private assertRange(value: number, min: number, max: number, what: string): void {
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new RangeError(`The ${what} ${value} is outside ${min}..${max}.`);
    }
  }
}

/**
 * RFC 9162 §2.1.3.2: does `proof` show that `leafHash` is leaf `index` of the tree of
 * `treeSize` with root `root`?
 */
export function verifyInclusion(
  leafHash: Hash,
  index: number,
  treeSize: number,
  proof: readonly Hash[],
  root: Hash,
): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(treeSize)) {
    return false;
  }
  if (index < 0 || index >= treeSize) {
    return false;
  }
  let fn = index;
  let sn = treeSize - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) {
      return false;
    }
    if (lsb(fn) || fn === sn) {
      r = hashChildren(p, r);
      if (!lsb(fn)) {
        while (!lsb(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = hashChildren(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && hashesEqual(r, root);
}

/**
 * RFC 9162 §2.1.4.2: does `proof` show that the tree of `oldSize` with `oldRoot` is a prefix
 * of the tree of `newSize` with `newRoot`? Sizes 0 and equal sizes are the trivial cases the
 * RFC leaves to the caller: an empty proof, and (for equal sizes) equal roots.
 */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: Hash,
  newRoot: Hash,
  proof: readonly Hash[],
): boolean {
  if (!Number.isSafeInteger(oldSize) || !Number.isSafeInteger(newSize)) {
    return false;
  }
  if (oldSize < 0 || oldSize > newSize) {
    return false;
  }
  if (oldSize === newSize) {
    return proof.length === 0 && hashesEqual(oldRoot, newRoot);
  }
  if (oldSize === 0) {
    return proof.length === 0 && hashesEqual(oldRoot, EMPTY_ROOT);
  }
  if (proof.length === 0) {
    return false;
  }
  // A power-of-two old tree is a complete subtree of the new one: its root starts the path.
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : [...proof];
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (lsb(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0] as Hash;
  let sr = path[0] as Hash;
  for (const c of path.slice(1)) {
    if (sn === 0) {
      return false;
    }
    if (lsb(fn) || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      if (!lsb(fn)) {
        while (!lsb(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return hashesEqual(fr, oldRoot) && hashesEqual(sr, newRoot) && sn === 0;
}

function isPowerOfTwo(n: number): boolean {
  return Number.isSafeInteger(n) && n > 0 && Number.isInteger(Math.log2(n));
}
