import type { PrivateKey, PublicKey } from 'openpgp';
import { signDetached, verifyDetached } from '../crypto/index.js';
import { canonicalJson } from './log-entry.js';

/** The unsigned statement of a tree head. */
export interface TreeHead {
  treeSize: number;
  /** Lower-case hex root hash. */
  rootHash: string;
  /** ISO 8601 instant the head was signed. */
  timestamp: string;
}

/** A tree head with the gateway's detached armored OpenPGP signature. */
export interface SignedTreeHead extends TreeHead {
  signature: string;
  /** The same tree size and root as a C2SP tlog-checkpoint signed note (Ed25519). */
  checkpoint?: string;
}

/** Names what the signature is over, so a tree-head signature is never valid as anything else. */
export const TREE_HEAD_CONTEXT = 'nrm-transparency-tree-head/v1';

/** The exact bytes a tree head's signature covers. */
export function treeHeadBytes(head: TreeHead): Uint8Array {
  return new TextEncoder().encode(
    canonicalJson({
      context: TREE_HEAD_CONTEXT,
      rootHash: head.rootHash,
      timestamp: head.timestamp,
      treeSize: head.treeSize,
    }),
  );
}

/** Sign a tree head with the gateway key at the head's own timestamp. */
export async function signTreeHead(head: TreeHead, key: PrivateKey): Promise<SignedTreeHead> {
  const signature = await signDetached(treeHeadBytes(head), key, new Date(head.timestamp));
  return { ...head, signature };
}

/**
 * Does the signature on `head` verify against the gateway key? Checked at the head's own
 * timestamp: a head signed before a later key rotation stays valid.
 */
export async function treeHeadSignatureValid(
  head: SignedTreeHead,
  keys: readonly PublicKey[],
): Promise<boolean> {
  const at = new Date(head.timestamp);
  if (Number.isNaN(at.getTime())) {
    return false;
  }
  try {
    await verifyDetached(treeHeadBytes(head), head.signature, keys, at);
    return true;
  } catch {
    return false;
  }
}
