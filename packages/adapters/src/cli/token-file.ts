import { readFileSync } from 'node:fs';
import { GatewayError } from '@nrm/client';

/** The webhook's bearer token from a file (never a command-line argument: `ps` shows those). */
export function readTokenFile(path: string, shown: string): string {
  let token: string;
  try {
    token = readFileSync(path, 'utf8').trim();
  } catch (cause) {
    throw new GatewayError('BAD_REQUEST', {
      message: `Cannot read the token file ${shown}: ${cause instanceof Error ? cause.message : String(cause)}`,
      path: 'token-file',
    });
  }
  if (token.length < 16 || /\s/.test(token)) {
    throw new GatewayError('BAD_REQUEST', {
      message: `The token in ${shown} must be one word of at least 16 characters.`,
      path: 'token-file',
    });
  }
  return token;
}
