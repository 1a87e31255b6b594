/** CRC-24 of RFC 4880 §6.1, for the armor checksum line. */
function crc24(bytes: Uint8Array): number {
  let crc = 0xb704ce;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let bit = 0; bit < 8; bit += 1) {
      crc <<= 1;
      if (crc & 0x1000000) {
        crc ^= 0x1864cfb;
      }
    }
  }
  return crc & 0xffffff;
}

/**
 * ASCII armor for an OpenPGP message as RFC 4880 writes it, with the CRC-24 checksum line:
 * GnuPG 2.2 (Debian 12's) misreads armor without it when the last line ends in base64
 * padding, which OpenPGP.js 6 leaves out by default.
 */
export function gpgArmor(bytes: Uint8Array): string {
  const body = Buffer.from(bytes).toString('base64');
  const lines = body.match(/.{1,64}/g) ?? [];
  const crc = crc24(bytes);
  const checksum = Buffer.from([crc >> 16, (crc >> 8) & 0xff, crc & 0xff]).toString('base64');
  return [
    '-----BEGIN PGP MESSAGE-----',
    '',
    ...lines,
    `=${checksum}`,
    '-----END PGP MESSAGE-----',
    '',
  ].join('\n');
}
