import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command, Option } from 'commander';
import { displayFingerprint, normaliseFingerprint } from '../../crypto/index.js';
import { GatewayError } from '../../errors/index.js';
import { GatewayHttp } from '../../sdk/gateway-http.js';
import { FILES } from '../agency-folder.js';
import type { CliContext, ConnectionOptions } from '../cli-context.js';

/** The gateway key as one source has it. */
export interface SeenKey {
  fingerprint: string;
  validFrom: string;
  /** Where it was read: a URL or a file. */
  source: string;
}

/**
 * Another place `nrm gateway-key` may read the key, chosen by an option of its own (the
 * operator's key folder, which only the gateway's tools know how to read).
 */
export interface GatewayKeySource {
  option: Option;
  read: (value: string) => Promise<SeenKey>;
}

/** `nrm gateway-key`, to which other key sources can be added before it runs. */
export interface GatewayKeyCommand {
  addSource: (source: GatewayKeySource) => void;
}

/**
 * `nrm gateway-key`: the fingerprint of the key that signs the gateway's receipts, printed as
 * gpg prints it. An agency or partner fetches what the gateway serves and compares it with the
 * fingerprint the operator passed on by another channel (`--expect` makes the comparison the
 * exit code).
 */
export function addGatewayKeyCommand(program: Command, context: CliContext): GatewayKeyCommand {
  const { io } = context;
  const sources: GatewayKeySource[] = [];
  const command = context
    .withConnection(
      program
        .command('gateway-key')
        .description(
          "print the gateway key's fingerprint, to compare with the operator's by another channel",
        ),
    )
    .option('--expect <fingerprint>', 'fail unless the key has this fingerprint')
    .action(async (options: ConnectionOptions & { expect?: string } & Record<string, unknown>) => {
      const chosen = sources.find((s) => options[s.option.attributeName()] !== undefined);
      const key =
        chosen === undefined
          ? await served(context, options, sources)
          : await chosen.read(String(options[chosen.option.attributeName()]));
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
  return {
    addSource: (source) => {
      command.addOption(source.option);
      sources.push(source);
    },
  };
}

async function served(
  context: CliContext,
  options: ConnectionOptions,
  sources: readonly GatewayKeySource[],
): Promise<SeenKey> {
  const { io } = context;
  const baseUrl = options.gateway ?? io.env['NRM_GATEWAY_URL'];
  if (baseUrl === undefined) {
    const others = sources.map((s) => `, or read ${s.option.long ?? s.option.flags}`).join('');
    throw new GatewayError('BAD_REQUEST', {
      message: `No gateway URL: pass --gateway, set NRM_GATEWAY_URL${others}.`,
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
