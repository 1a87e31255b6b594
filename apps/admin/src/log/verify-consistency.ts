// RFC 9162 §2.1.4.2 consistency-proof verification with the browser's WebCrypto, so the
// badge does not take the gateway's word that its log only grew.

type Hash = Uint8Array;

async function sha256(...parts: Uint8Array[]): Promise<Hash> {
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', joined));
}

const NODE_PREFIX = Uint8Array.of(0x01);
const hashChildren = (left: Hash, right: Hash) => sha256(NODE_PREFIX, left, right);

export function fromHex(hex: string): Hash | undefined {
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    return undefined;
  }
  return Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16));
}

const equal = (a: Hash, b: Hash) => a.length === b.length && a.every((v, i) => v === b[i]);
const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;

/**
 * Does `proof` (hex hashes) show that the tree of `oldSize` with root `oldRoot` is a prefix
 * of the tree of `newSize` with root `newRoot`? Sizes are at most 2^31 here (bit operations).
 */
export async function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRootHex: string,
  newRootHex: string,
  proofHex: readonly string[],
): Promise<boolean> {
  const oldRoot = fromHex(oldRootHex);
  const newRoot = fromHex(newRootHex);
  const proof = proofHex.map(fromHex);
  if (oldRoot === undefined || newRoot === undefined || proof.some((p) => p === undefined)) {
    return false;
  }
  const hashes = proof as Hash[];
  if (!Number.isInteger(oldSize) || !Number.isInteger(newSize) || newSize >= 2 ** 31) {
    return false;
  }
  if (oldSize < 0 || oldSize > newSize) {
    return false;
  }
  if (oldSize === newSize) {
    return hashes.length === 0 && equal(oldRoot, newRoot);
  }
  if (oldSize === 0) {
    return hashes.length === 0 && equal(oldRoot, await sha256());
  }
  if (hashes.length === 0) {
    return false;
  }
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...hashes] : hashes;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn & 1) {
    fn >>= 1;
    sn >>= 1;
  }
  let fr = path[0] as Hash;
  let sr = path[0] as Hash;
  for (const c of path.slice(1)) {
    if (sn === 0) {
      return false;
    }
    if (fn & 1 || fn === sn) {
      fr = await hashChildren(c, fr);
      sr = await hashChildren(c, sr);
      while (!(fn & 1) && fn !== 0) {
        fn >>= 1;
        sn >>= 1;
      }
    } else {
      sr = await hashChildren(sr, c);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return equal(fr, oldRoot) && equal(sr, newRoot) && sn === 0;
}
