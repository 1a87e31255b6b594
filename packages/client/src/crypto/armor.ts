import { armor as openpgpArmor, enums, readMessage, unarmor, type Message } from 'openpgp';
import { GatewayError } from '../errors/index.js';

const ARMOR_HEADER = '-----BEGIN PGP ';
const decoder = new TextDecoder('utf-8', { fatal: false });

/** True when the bytes start (after optional whitespace) with an OpenPGP armor header. */
export function isArmored(bytes: Uint8Array | string): boolean {
  const text = typeof bytes === 'string' ? bytes : decoder.decode(bytes.subarray(0, 64));
  return text.trimStart().startsWith(ARMOR_HEADER);
}

/** ASCII-armor a binary OpenPGP message (`-----BEGIN PGP MESSAGE-----`). */
export function armorMessage(bytes: Uint8Array): string {
  return openpgpArmor(enums.armor.message, bytes);
}

/**
 * Remove ASCII armor and return the binary packets. The checksum, when present, is verified.
 * Malformed armor is a `BAD_REQUEST`: the caller sent something that is not OpenPGP.
 */
export async function dearmor(text: string): Promise<Uint8Array> {
  try {
    const result = await unarmor(text);
    // Typed as a stream (via a dev-only package); for a string input openpgp returns bytes.
    const data: unknown = result.data;
    return data as Uint8Array;
  } catch (cause) {
    throw new GatewayError('BAD_REQUEST', {
      message: 'The text is not valid OpenPGP armor.',
      cause,
    });
  }
}

/** Read an OpenPGP message given as binary or armored bytes (ADR 0002 allows both). */
export async function readAnyMessage(bytes: Uint8Array): Promise<Message<Uint8Array>> {
  const binary = isArmored(bytes) ? await dearmor(decoder.decode(bytes)) : bytes;
  return readMessage({ binaryMessage: binary });
}
