import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { GatewayHttp } from '@nrm/client';
import { displayFingerprint, normaliseFingerprint, readPublicKeys } from '@nrm/client/crypto';
import { GatewayError } from '@nrm/client/errors';
import { gatewayKeyFiles } from '../../server/gateway-key.js';
import { FILES } from '@nrm/client/cli';
import type { CliContext, ConnectionOptions } from '@nrm/client/cli';

interface GatewayKeyOptions extends ConnectionOptions {
  dataDir?: string;
  expect?: string;
}

/** The gateway key as one source has it. */
interface SeenKey {
  fingerprint: string;
  validFrom: string;
  source: string;
}

/**
 * `nrm gateway-key`: the fingerprint of the key that signs the gateway's receipts, printed as
 * gpg prints it. The operator reads it from the data dir (offline) and passes it on by
 * another channel; an agency or partner fetches what the gateway serves and compares
 * (`--expect` makes the comparison the exit code).
 */
export function addGatewayKeyCommand(program: Command, context: CliContext): void {
  const { io } = context;
  context
    .withConnection(
      program
        .command('gateway-key')
        .description(
          "print the gateway key's fingerprint, to compare with the operator's by another channel",
        ),
    )
    .option(
      '--data-dir <folder>',
      "read the key from the gateway's data folder (operator, offline)",
    )
    .option('--expect <fingerprint>', 'fail unless the key has this fingerprint')
    .action(async (options: GatewayKeyOptions) => {
      const key =
        options.dataDir === undefined
          ? await served(context, options)
          : await inDataDir(resolve(io.cwd, options.dataDir));
      io.stdout(
        `gateway key ${displayFingerprint(key.fingerprint)}\nvalid from  ${key.validFrom}\nsource      ${key.source}\n`,
      );
      if (
        options.expect !== undefined &&
        normaliseFingerprint(options.expect) !== normaliseFingerprint(key.fingerprint)
      ) {
        throw new GatewayError('KEY_UNKNOWN', {
          message: `The gateway key is ${displayFingerprint(key.fingerprint)}, not the expected ${options.expect}.`,
          path: 'expect',
        });
      }
    });
}

async function inDataDir(dataDir: string): Promise<SeenKey> {
  const file = gatewayKeyFiles(dataDir).publicKey;
  if (!existsSync(file)) {
    throw new GatewayError('NOT_FOUND', {
      message: `No gateway key in ${dataDir} (${file}); the gateway creates it on its first start.`,
      path: 'data-dir',
    });
  }
  const [key] = await readPublicKeys(readFileSync(file, 'utf8'));
  if (key === undefined) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: `${file} holds no public key.`,
      path: 'data-dir',
    });
  }
  return {
    fingerprint: key.getFingerprint(),
    validFrom: key.getCreationTime().toISOString(),
    source: file,
  };
}

async function served(context: CliContext, options: ConnectionOptions): Promise<SeenKey> {
  const { io } = context;
  const baseUrl = options.gateway ?? io.env['NRM_GATEWAY_URL'];
  if (baseUrl === undefined) {
    throw new GatewayError('BAD_REQUEST', {
      message: 'No gateway URL: pass --gateway, set NRM_GATEWAY_URL, or read --data-dir.',
      path: 'gateway',
    });
  }
  const tokenFile = join(context.agencyDir(options.dir), FILES.token);
  const token =
    options.token ??
    io.env['NRM_TOKEN'] ??
    (existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : undefined);
  if (token === undefined) {
    throw new GatewayError('UNAUTHENTICATED', {
      message: `No token: pass --token, set NRM_TOKEN or write ${tokenFile}.`,
      path: 'token',
    });
  }
  const http = new GatewayHttp({
    baseUrl,
    token,
    ...(io.fetch === undefined ? {} : { fetch: io.fetch }),
  });
  const [key] = (await http.keys('gateway')).keys;
  if (key === undefined) {
    throw new GatewayError('KEY_UNKNOWN', { message: 'The gateway serves no key of its own.' });
  }
  return {
    fingerprint: key.fingerprint,
    validFrom: key.validFrom,
    source: `${baseUrl.replace(/\/+$/, '')}/v1/keys/gateway`,
  };
}
