import { pick, type Random } from './mutations.js';

/**
 * Mutations of real OpenPGP data (a detached signature, a sealed payload), armored and binary:
 * the parser sits before every check, so its edges are where a crash would hide — a wrong
 * packet tag, a length header that promises more than is there, a broken checksum line.
 */
export function mutateArmored(random: Random, armored: string): { name: string; text: string } {
  const lines = armored.split('\n');
  const bodyStart = lines.findIndex((line) => line === '') + 1;
  const kinds: [string, () => string][] = [
    ['header', () => armored.replace('BEGIN PGP SIGNATURE', pick(random, HEADERS))],
    ['no-footer', () => lines.filter((line) => !line.startsWith('-----END')).join('\n')],
    [
      'checksum',
      () => lines.map((line) => (/^=[A-Za-z0-9+/]{4}$/.test(line) ? '=AAAA' : line)).join('\n'),
    ],
    [
      'body-flip',
      () => {
        const line = bodyStart + Math.floor(random() * 2);
        return lines
          .map((text, i) =>
            i === line && text.length > 4 ? `${text.slice(0, 2)}!${text.slice(3)}` : text,
          )
          .join('\n');
      },
    ],
    ['armor-header-line', () => armored.replace('\n\n', `\nComment: ${'x'.repeat(5000)}\n\n`)],
    ['crlf', () => armored.replace(/\n/g, '\r\n')],
    ['twice', () => `${armored}\n${armored}`],
    ['binary-inside', () => Buffer.from(dearmor(armored)).toString('latin1')],
  ];
  const [name, make] = pick(random, kinds);
  return { name: `armor:${name}`, text: make() };
}

const HEADERS = [
  'BEGIN PGP MESSAGE',
  'BEGIN PGP PUBLIC KEY BLOCK',
  'BEGIN PGP PRIVATE KEY BLOCK',
  'BEGIN PGP SIGNED MESSAGE',
  'BEGIN PGP SIGNATURE\u202e',
  'BEGIN',
];

function dearmor(armored: string): Uint8Array {
  const body = armored
    .split('\n')
    .filter(
      (line) =>
        line !== '' && !line.startsWith('-----') && !line.startsWith('=') && !line.includes(': '),
    )
    .join('');
  return Buffer.from(body, 'base64');
}

/** Byte-level mutations of binary OpenPGP packets. */
export function mutateBinary(
  random: Random,
  bytes: Uint8Array,
): { name: string; bytes: Uint8Array } {
  const copy = Buffer.from(bytes);
  const at = Math.floor(random() * Math.max(1, copy.length));
  const kinds: [string, () => Uint8Array][] = [
    [
      'flip',
      () => {
        copy[at] = (copy[at] ?? 0) ^ (1 << Math.floor(random() * 8));
        return copy;
      },
    ],
    ['truncate', () => copy.subarray(0, at)],
    [
      'tag',
      () => {
        // New-format packet header with a random tag, keeping the length octets.
        copy[0] = 0xc0 | Math.floor(random() * 64);
        return copy;
      },
    ],
    [
      'huge-length',
      () => Buffer.concat([Buffer.from([0xc1, 0xff, 0x7f, 0xff, 0xff, 0xff]), copy.subarray(6)]),
    ],
    ['partial-lengths', () => Buffer.concat([Buffer.from([0xc1, 0xe0]), copy])],
    ['zeros', () => Buffer.alloc(copy.length)],
    ['appended', () => Buffer.concat([copy, copy])],
    ['empty', () => new Uint8Array()],
  ];
  const [name, make] = pick(random, kinds);
  return { name: `binary:${name}`, bytes: make() };
}

/** Binary signature data where an armored one is expected, base64 and raw. */
export function binarySignature(random: Random, armored: string): { name: string; text: string } {
  const bytes = mutateBinary(random, dearmor(armored));
  return random() < 0.5
    ? { name: `signature-base64 ${bytes.name}`, text: Buffer.from(bytes.bytes).toString('base64') }
    : { name: `signature-raw ${bytes.name}`, text: Buffer.from(bytes.bytes).toString('latin1') };
}
