import { armor as openpgpArmor, enums, readMessage, unarmor } from 'openpgp';
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
    // openpgp types its streams with a dev-only package; the value is bytes or a web stream.
    return await collect(result.data as unknown);
  } catch (cause) {
    throw new GatewayError('BAD_REQUEST', {
      message: 'The text is not valid OpenPGP armor.',
      cause,
    });
  }
}

/** Read an OpenPGP message given as binary or armored bytes (ADR 0002 allows both). */
export async function readAnyMessage(
  bytes: Uint8Array,
): Promise<Awaited<ReturnType<typeof readMessage<Uint8Array>>>> {
  const binary = isArmored(bytes) ? await dearmor(decoder.decode(bytes)) : bytes;
  return readMessage({ binaryMessage: binary });
}

async function collect(data: unknown): Promise<Uint8Array> {
  if (data instanceof Uint8Array) {
    return data;
  }
  // openpgp returns a web stream for streamed input; we only pass strings, but be exact.
  const reader = (data as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
