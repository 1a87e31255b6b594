import { GatewayError } from '../errors/index.js';
import { openCheckpoint, type Checkpoint } from '../transparency/checkpoint.js';
import { fromHex, hashLeaf, verifyInclusion, type Hash } from '../transparency/merkle-tree.js';
import type { NoteVerifier } from '../transparency/note-key.js';

/** The log part of a gateway receipt v2. */
export interface ReceiptLogProof {
  checkpoint: string;
  entries: { index: number; leaf: string; proof: string[] }[];
}

function invalid(message: string, path: string): GatewayError {
  return new GatewayError('SIGNATURE_INVALID', { message, path });
}

/**
 * Check a receipt's log proof: the checkpoint is signed by the gateway's note key for its
 * log, and every entry is about `messageId` and is included in the checkpoint's tree
 * (RFC 9162 inclusion proof). Returns the checkpoint for the agency's witness.
 */
export function verifyReceiptLogProof(
  log: ReceiptLogProof,
  messageId: string,
  verifier: NoteVerifier,
  origin: string,
): Checkpoint & { note: string } {
  let checkpoint: Checkpoint & { note: string };
  try {
    checkpoint = openCheckpoint(log.checkpoint, verifier, origin);
  } catch (error) {
    throw invalid((error as Error).message, 'receipt.log.checkpoint');
  }
  const root = fromHex(checkpoint.rootHash) as Hash;
  log.entries.forEach((entry, index) => {
    const path = `receipt.log.entries.${index}`;
    let about: unknown;
    try {
      about = (JSON.parse(entry.leaf) as { messageId?: unknown }).messageId;
    } catch {
      about = undefined;
    }
    if (about !== messageId) {
      throw invalid(`Log entry ${entry.index} is not about message ${messageId}.`, path);
    }
    const proof = entry.proof.map(fromHex);
    const leaf = hashLeaf(new TextEncoder().encode(entry.leaf));
    if (
      proof.some((hash) => hash === undefined) ||
      !verifyInclusion(leaf, entry.index, checkpoint.treeSize, proof as Hash[], root)
    ) {
      throw invalid(
        `Log entry ${entry.index} is not included in the checkpoint of size ${checkpoint.treeSize}.`,
        path,
      );
    }
  });
  return checkpoint;
}
