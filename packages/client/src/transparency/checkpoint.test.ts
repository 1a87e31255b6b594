import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkpointBody, openCheckpoint, signCheckpoint } from './checkpoint.js';
import { noteKeyId, noteSigner, parseVerifierKey } from './note-key.js';

const origin = 'nrm-gateway.test/log';
const signer = noteSigner(origin, generateKeyPairSync('ed25519').privateKey);
const other = noteSigner(origin, generateKeyPairSync('ed25519').privateKey);
const head = { origin, treeSize: 42, rootHash: 'ab'.repeat(32) };

describe('C2SP signed-note keys', () => {
  it('publishes name+hash+base64(0x01 ‖ key) and reads it back, also when the key has a "+"', () => {
    const parsed = parseVerifierKey(signer.verifierKey);
    expect(parsed.name).toBe(origin);
    expect(Buffer.from(parsed.keyId)).toEqual(Buffer.from(noteKeyId(origin, signer.publicKey)));
    expect(signer.verifierKey).toMatch(
      /^nrm-gateway\.test\/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]{43}[=]?/,
    );
    // Keys until one encodes with "+": the split must not cut the base64 part.
    let plus = signer;
    while (!plus.verifierKey.split('+').slice(2).join('+').includes('+')) {
      plus = noteSigner(origin, generateKeyPairSync('ed25519').privateKey);
    }
    expect(parseVerifierKey(plus.verifierKey).verifierKey).toBe(plus.verifierKey);
  });

  it('refuses a verifier key whose hash does not match its name and key', () => {
    const [name, , key] = [origin, '', signer.verifierKey.slice(origin.length + 10)];
    expect(() => parseVerifierKey(`${name}+00000000+${key}`)).toThrow(/hash does not match/);
    expect(() => parseVerifierKey('no-separators')).toThrow(/name\+hash\+key/);
    expect(() => parseVerifierKey(`${origin}+0000+AQ==`)).toThrow(/8 hex digits/);
  });
});

describe('C2SP tlog-checkpoint', () => {
  it('is origin, size and base64 root, an empty line, and "— name base64(id ‖ sig)"', () => {
    const note = signCheckpoint(head, signer);
    const root = Buffer.from(head.rootHash, 'hex').toString('base64');
    expect(note.startsWith(`${origin}\n42\n${root}\n\n\u2014 ${origin} `)).toBe(true);
    expect(checkpointBody(head)).toBe(`${origin}\n42\n${root}\n`);
    const blob = Buffer.from(note.trimEnd().split(' ').at(-1)!, 'base64');
    expect(blob).toHaveLength(68);
    expect(blob.subarray(0, 4)).toEqual(Buffer.from(signer.keyId));
  });

  it('opens with the signer’s verifier, ignoring other signers’ lines (witness cosignatures)', () => {
    const note = signCheckpoint(head, signer);
    const cosigned = `${note}\u2014 witness.example AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n`;
    const parsed = parseVerifierKey(signer.verifierKey);
    expect(openCheckpoint(cosigned, parsed, origin)).toMatchObject(head);
  });

  it('refuses a changed body, another key, another origin and malformed notes (SIGNATURE_INVALID)', () => {
    const note = signCheckpoint(head, signer);
    const verifier = parseVerifierKey(signer.verifierKey);
    const refused = { code: 'SIGNATURE_INVALID', path: 'checkpoint' };
    expect(() => openCheckpoint(note.replace('\n42\n', '\n43\n'), verifier)).toThrow(
      expect.objectContaining(refused),
    );
    expect(() => openCheckpoint(signCheckpoint(head, other), verifier)).toThrow(
      /no valid signature/,
    );
    expect(() => openCheckpoint(note, verifier, 'another.example/log')).toThrow(/not "another/);
    expect(() => openCheckpoint(note.trimEnd(), verifier)).toThrow(/ends with a newline/);
    expect(() => openCheckpoint(`${origin}\n42\n`, verifier)).toThrow(/empty line/);
    expect(() => openCheckpoint(note.replace('\n42\n', '\n042\n'), verifier)).toThrow(
      /not a decimal number/,
    );
  });
});
