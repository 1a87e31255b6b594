import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CommanderError, Option, type Command } from 'commander';
import { NrmClient, type PayloadSchemas } from '../index.js';
import { GatewayError } from '../errors/index.js';
import { FILES, loadAgencyFolder } from './agency-folder.js';

/** Everything the CLI touches outside its arguments, injectable for tests. */
export interface CliEnvironment {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
  cwd: string;
  fetch?: typeof fetch;
  schemas?: PayloadSchemas;
}

/** Flags of every command that talks to the gateway as an agency. */
export interface ConnectionOptions {
  dir?: string;
  gateway?: string;
  token?: string;
}

/** The shared plumbing of the commands: folder, passphrase, connection. */
export class CliContext {
  constructor(readonly io: CliEnvironment) {}

  /** From `NRM_PASSPHRASE`, never a flag: flags end up in shell history. */
  passphrase(): string | undefined {
    return this.io.env['NRM_PASSPHRASE'];
  }

  agencyDir(dir: string | undefined): string {
    return resolve(this.io.cwd, dir ?? this.io.env['NRM_AGENCY_DIR'] ?? '.');
  }

  dirOption(): Option {
    return new Option('--dir <folder>', 'agency folder (default: $NRM_AGENCY_DIR or .)');
  }

  withConnection(command: Command): Command {
    return command
      .addOption(this.dirOption())
      .option('--gateway <url>', 'gateway base URL (default: $NRM_GATEWAY_URL)')
      .option('--token <token>', 'agency bearer token (default: $NRM_TOKEN or <dir>/token)');
  }

  /** An SDK client for the agency folder, gateway URL and token the flags or environment name. */
  async connect(options: ConnectionOptions): Promise<NrmClient> {
    const dir = this.agencyDir(options.dir);
    const folder = await loadAgencyFolder(dir, this.passphrase());
    const gatewayUrl = options.gateway ?? this.io.env['NRM_GATEWAY_URL'];
    const token = options.token ?? this.io.env['NRM_TOKEN'] ?? folder.token;
    if (gatewayUrl === undefined) {
      throw new GatewayError('BAD_REQUEST', {
        message: 'No gateway URL: pass --gateway or set NRM_GATEWAY_URL.',
        path: 'gateway',
      });
    }
    if (token === undefined) {
      throw new GatewayError('UNAUTHENTICATED', {
        message: `No token: pass --token, set NRM_TOKEN or write ${join(dir, FILES.token)}.`,
        path: 'token',
      });
    }
    return new NrmClient({
      gatewayUrl,
      token,
      agencyId: folder.agencyId,
      privateKey: folder.privateKey,
      retiredKeys: folder.retiredKeys,
      stateDir: join(dir, 'state'),
      now: this.io.now,
      ...(this.io.fetch === undefined ? {} : { fetch: this.io.fetch }),
      ...(this.io.schemas === undefined ? {} : { schemas: this.io.schemas }),
    });
  }

  /** A JSON file named on the command line; unreadable or not JSON is SCHEMA_INVALID at `field`. */
  readJsonFile(name: string, field: string): unknown {
    try {
      return JSON.parse(readFileSync(resolve(this.io.cwd, name), 'utf8'));
    } catch (cause) {
      throw new GatewayError('SCHEMA_INVALID', {
        message: `${name} is not a readable JSON file.`,
        path: field,
        cause,
      });
    }
  }
}

/** Commander option parser for counts and days. */
export function positiveInt(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new CommanderError(1, 'nrm.invalidNumber', `expected a positive integer, got "${value}"`);
  }
  return number;
}
