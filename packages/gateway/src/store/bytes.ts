/** SQLite hands back Buffers, PostgreSQL Buffers too; callers get plain `Uint8Array` views. */
export function asBytes(value: Uint8Array): Uint8Array {
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

/** Base64 of bytes (wire encoding of envelopes, payloads and receipts). */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
