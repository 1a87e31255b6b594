import { GatewayError } from '../errors/index.js';
import type { NoteSigner, NoteVerifier } from './note-key.js';

// C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint) in a C2SP signed note: the body is
// "<origin>\n<tree size>\n<base64 root hash>\n", then an empty line, then one line per
// signature "— <key name> <base64(4-byte key id ‖ signature)>\n".

/** A checkpoint's statement. */
export interface Checkpoint {
  origin: string;
  treeSize: number;
  /** Lower-case hex root hash (the form used elsewhere in the log). */
  rootHash: string;
}

const SIGNATURE_PREFIX = '\u2014 ';
const MAX_NOTE_BYTES = 16 * 1024;

/** The checkpoint body (what the signatures cover). */
export function checkpointBody(checkpoint: Checkpoint): string {
  if (!/^[\x21-\x7e][\x20-\x7e]*$/.test(checkpoint.origin)) {
    throw new GatewayError('BAD_REQUEST', {
      message: 'A checkpoint origin is one line of printable ASCII.',
      path: 'origin',
    });
  }
  const root = Buffer.from(checkpoint.rootHash, 'hex').toString('base64');
  return `${checkpoint.origin}\n${String(checkpoint.treeSize)}\n${root}\n`;
}

/** Sign a checkpoint: the complete signed note text. */
export function signCheckpoint(checkpoint: Checkpoint, signer: NoteSigner): string {
  const body = checkpointBody(checkpoint);
  const signature = signer.sign(new TextEncoder().encode(body));
  const blob = Buffer.concat([signer.keyId, signature]).toString('base64');
  return `${body}\n${SIGNATURE_PREFIX}${signer.name} ${blob}\n`;
}

function invalid(message: string): GatewayError {
  return new GatewayError('SIGNATURE_INVALID', { message, path: 'checkpoint' });
}

/**
 * Parse a signed checkpoint and verify it against `verifier`: the note must carry a valid
 * signature by that key (other signers' lines, e.g. witness cosignatures, are ignored) and,
 * when `origin` is given, name that log. Anything else is SIGNATURE_INVALID at `checkpoint`.
 */
export function openCheckpoint(
  note: string,
  verifier: NoteVerifier,
  origin?: string,
): Checkpoint & { note: string } {
  if (note.length > MAX_NOTE_BYTES || !note.endsWith('\n')) {
    throw invalid('A signed note ends with a newline and is at most 16 KiB.');
  }
  const split = note.lastIndexOf('\n\n');
  if (split < 0) {
    throw invalid('A signed note has a body, an empty line and signature lines.');
  }
  const body = note.slice(0, split + 1);
  const lines = body.slice(0, -1).split('\n');
  const [name, size, root, ...extensions] = lines;
  if (
    name === undefined ||
    size === undefined ||
    root === undefined ||
    extensions.some((line) => line === '')
  ) {
    throw invalid('A checkpoint body has an origin, a tree size and a root hash line.');
  }
  if (!/^(?:0|[1-9][0-9]{0,15})$/.test(size) || !Number.isSafeInteger(Number(size))) {
    throw invalid('The checkpoint tree size is not a decimal number.');
  }
  const rootBytes = Buffer.from(root, 'base64');
  if (rootBytes.length !== 32 || rootBytes.toString('base64') !== root) {
    throw invalid('The checkpoint root hash is not 32 bytes of base64.');
  }
  if (origin !== undefined && name !== origin) {
    throw invalid(`The checkpoint is for log "${name}", not "${origin}".`);
  }
  const signatures = note.slice(split + 2, -1).split('\n');
  const message = new TextEncoder().encode(body);
  const keyId = Buffer.from(verifier.keyId);
  const signed = signatures.some((line) => {
    if (!line.startsWith(SIGNATURE_PREFIX)) {
      return false;
    }
    const [keyName, blob, extra] = line.slice(SIGNATURE_PREFIX.length).split(' ');
    if (keyName !== verifier.name || blob === undefined || extra !== undefined) {
      return false;
    }
    const bytes = Buffer.from(blob, 'base64');
    return (
      bytes.length === 68 &&
      bytes.subarray(0, 4).equals(keyId) &&
      verifier.verify(message, bytes.subarray(4))
    );
  });
  if (!signed) {
    throw invalid(`The checkpoint carries no valid signature by ${verifier.name}.`);
  }
  return { origin: name, treeSize: Number(size), rootHash: rootBytes.toString('hex'), note };
}
