import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The gateway README, where the foreign-partner guide lives. */
export const README_URL = new URL('../../README.md', import.meta.url);
/** The partner's toolkit (shell functions) the guide sources. */
export const TOOLKIT_URL = new URL('../../docs/foreign-partner.sh', import.meta.url);

/**
 * The code block (bash unless `language` says otherwise) that follows
 * `<!-- foreign-partner:<name> -->` in the README. The demo and the tests run or validate the
 * guide's own text, so the guide cannot drift from what the gateway accepts.
 */
export function readmeBlock(
  name: string,
  readme = readFileSync(README_URL, 'utf8'),
  language = 'bash',
): string {
  const marker = `<!-- foreign-partner:${name} -->`;
  const start = readme.indexOf(marker);
  if (start < 0) {
    throw new Error(`the README has no ${marker} block`);
  }
  const block = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\``, 'm').exec(
    readme.slice(start + marker.length),
  );
  if (block?.[1] === undefined) {
    throw new Error(`${marker} is not followed by a ${language} block`);
  }
  return block[1];
}

/** The payload types the README shows a partner (`<!-- foreign-partner:payload <type> -->`). */
export function readmePayloadTypes(readme = readFileSync(README_URL, 'utf8')): string[] {
  return [...readme.matchAll(/<!-- foreign-partner:payload ([\w.-]+) -->/g)].map(
    (match) => match[1]!,
  );
}

/** A foreign partner's desk: its folder (toolkit, key pair, files) and its own GNUPGHOME. */
export interface PartnerDesk {
  dir: string;
  gnupgHome: string;
  gatewayUrl: string;
  agencyId: string;
  token: string;
  /** The partner's key (NRM_KEY): the toolkit signs and decrypts with this key only. */
  keyFingerprint: string;
  /** The gateway key's fingerprint as compared out of band (NRM_GATEWAY_KEY). */
  gatewayKey: string;
  /** A file holding the passphrase of a protected key (NRM_PASSPHRASE_FILE). */
  passphraseFile?: string;
}

/**
 * Set up the partner's desk from the gateway's demo material: the toolkit and the partner's
 * key pair (its public half is registered at the gateway) in `dir`, an empty GNUPGHOME.
 * `gatewayKey` is the gateway key's fingerprint the partner compared by another channel.
 */
export function preparePartnerDesk(input: {
  dir: string;
  agencyDir: string;
  gatewayUrl: string;
  agencyId: string;
  gatewayKey: string;
}): PartnerDesk {
  const gnupgHome = join(input.dir, '.gnupg');
  mkdirSync(gnupgHome, { recursive: true, mode: 0o700 });
  copyFileSync(fileURLToPath(TOOLKIT_URL), join(input.dir, 'foreign-partner.sh'));
  copyFileSync(join(input.agencyDir, 'private-key.asc'), join(input.dir, 'private-key.asc'));
  return {
    dir: input.dir,
    gnupgHome,
    gatewayUrl: input.gatewayUrl,
    agencyId: input.agencyId,
    token: readFileSync(join(input.agencyDir, 'token'), 'utf8').trim(),
    keyFingerprint: readFileSync(join(input.agencyDir, 'fingerprint'), 'utf8').trim(),
    gatewayKey: input.gatewayKey,
  };
}

/**
 * The fingerprint of the key the gateway serves as its own (`/v1/keys/gateway`). A partner
 * compares it with the operator's by another channel; the demo and the tests, which run
 * beside the gateway, stand in for that channel.
 */
export async function servedGatewayKey(gatewayUrl: string, token: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/v1/keys/gateway`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) {
    throw new Error(`GET /v1/keys/gateway answered ${String(response.status)}`);
  }
  const body = (await response.json()) as { keys: { fingerprint: string }[] };
  const fingerprint = body.keys[0]?.fingerprint;
  if (fingerprint === undefined) {
    throw new Error('the gateway serves no key of its own');
  }
  return fingerprint;
}

/**
 * Run shell text at the partner's desk with `bash -euo pipefail`, asynchronously (a gateway
 * in the same process must keep answering). Rejects with stdout/stderr on a non-zero exit.
 */
export async function runAtDesk(
  desk: PartnerDesk,
  script: string,
): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script], {
    cwd: desk.dir,
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: desk.dir,
      GNUPGHOME: desk.gnupgHome,
      NRM_GATEWAY_URL: desk.gatewayUrl,
      NRM_AGENCY: desk.agencyId,
      NRM_TOKEN: desk.token,
      NRM_KEY: desk.keyFingerprint,
      NRM_GATEWAY_KEY: desk.gatewayKey,
      ...(desk.passphraseFile === undefined ? {} : { NRM_PASSPHRASE_FILE: desk.passphraseFile }),
    },
  });
}

/** Read a JSON file the partner's commands wrote. */
export function deskJson(desk: PartnerDesk, name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(desk.dir, name), 'utf8')) as Record<string, unknown>;
}
