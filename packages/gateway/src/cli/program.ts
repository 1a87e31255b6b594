import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AgencyKind, LAWFUL_BASES, PURPOSES, type LawfulBasis, type Purpose } from '@nrm/domain';
import { Command, CommanderError, Option } from 'commander';
import { NrmClient, type PayloadSchemas } from '../client/index.js';
import { GatewayError, toGatewayError } from '../errors/index.js';
import { adminClient, fromTrpcError } from './admin-client.js';
import {
  FILES,
  initAgencyFolder,
  loadAgencyFolder,
  revokeAgencyKey,
  rotateAgencyKey,
} from './agency-folder.js';
import { logVerifyCommand } from '../transparency/index.js';
import { writeInboxItem } from './inbox-output.js';

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

interface ConnectionOptions {
  dir?: string;
  gateway?: string;
  token?: string;
}

const REVOCATION_REASONS = ['compromised', 'superseded', 'retired'] as const;

/** Build the `nrm` command tree. */
export function buildProgram(io: CliEnvironment, exit: { code: number } = { code: 0 }): Command {
  const program = new Command('nrm')
    .description(
      'NRM exchange: agency keys, sending and receiving sealed messages through the gateway',
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  const passphrase = (): string | undefined => io.env['NRM_PASSPHRASE'];
  const agencyDir = (dir: string | undefined): string =>
    resolve(io.cwd, dir ?? io.env['NRM_AGENCY_DIR'] ?? '.');
  const dirOption = () =>
    new Option('--dir <folder>', 'agency folder (default: $NRM_AGENCY_DIR or .)');
  const withConnection = (command: Command): Command =>
    command
      .addOption(dirOption())
      .option('--gateway <url>', 'gateway base URL (default: $NRM_GATEWAY_URL)')
      .option('--token <token>', 'agency bearer token (default: $NRM_TOKEN or <dir>/token)');

  async function connect(options: ConnectionOptions): Promise<NrmClient> {
    const dir = agencyDir(options.dir);
    const folder = await loadAgencyFolder(dir, passphrase());
    const gatewayUrl = options.gateway ?? io.env['NRM_GATEWAY_URL'];
    const token = options.token ?? io.env['NRM_TOKEN'] ?? folder.token;
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
      now: io.now,
      ...(io.fetch === undefined ? {} : { fetch: io.fetch }),
      ...(io.schemas === undefined ? {} : { schemas: io.schemas }),
    });
  }

  program
    .command('init')
    .description(
      'create an agency folder with a new key pair (ed25519/cv25519, usable by GnuPG 2.2)',
    )
    .argument('<agencyId>', 'agency id, e.g. rs.astra')
    .addOption(dirOption())
    .option('--valid-days <days>', 'key validity in days (default: no expiry)', positiveInt)
    .action(async (agencyId: string, options: { dir?: string; validDays?: number }) => {
      const dir = resolve(io.cwd, options.dir ?? agencyId);
      const passphraseValue = passphrase();
      const { fingerprint } = await initAgencyFolder(dir, agencyId, io.now(), {
        ...(passphraseValue === undefined ? {} : { passphrase: passphraseValue }),
        ...(options.validDays === undefined ? {} : { validForDays: options.validDays }),
      });
      io.stdout(
        `initialised ${agencyId} in ${dir}\nfingerprint ${fingerprint}\nnext: give ${join(dir, FILES.publicKey)} to the gateway operator; keep ${FILES.revocation} offline\n`,
      );
    });

  const keys = program.command('keys').description('manage the agency key');
  keys
    .command('export')
    .description('print the armored public key')
    .addOption(dirOption())
    .action((options: { dir?: string }) => {
      io.stdout(readFileSync(join(agencyDir(options.dir), FILES.publicKey), 'utf8'));
    });
  keys
    .command('rotate')
    .description('retire the current key (kept for decryption) and generate a new one')
    .addOption(dirOption())
    .action(async (options: { dir?: string }) => {
      const passphraseValue = passphrase();
      const result = await rotateAgencyKey(
        agencyDir(options.dir),
        io.now(),
        passphraseValue === undefined ? {} : { passphrase: passphraseValue },
      );
      io.stdout(
        `retired ${result.retired}\nnew fingerprint ${result.fingerprint}\nnext: register the new public-key.asc with the gateway operator\n`,
      );
    });
  keys
    .command('revoke')
    .description('revoke the current key and print the revoked public key')
    .addOption(dirOption())
    .addOption(
      new Option('--reason <reason>', 'why').choices(REVOCATION_REASONS).default('compromised'),
    )
    .action(async (options: { dir?: string; reason: (typeof REVOCATION_REASONS)[number] }) => {
      const result = await revokeAgencyKey(
        agencyDir(options.dir),
        options.reason,
        io.now(),
        passphrase(),
      );
      io.stdout(result.revokedPublicKey);
      io.stderr(
        `revoked ${result.fingerprint}; give the revoked key to the gateway operator and partners\n`,
      );
    });

  const agency = program.command('agency').description('operator commands (admin token)');
  agency
    .command('register')
    .description('register an agency, its public key, and issue it a send+receive token')
    .argument('<agencyId>', 'agency id')
    .requiredOption('--name <name>', 'agency name')
    .addOption(
      new Option('--kind <kind>', 'agency kind').choices(AgencyKind.options).makeOptionMandatory(),
    )
    .requiredOption('--jurisdiction <code>', 'ISO 3166-1 alpha-2 country code')
    .option('--area <code...>', 'municipalities the agency is competent for', [])
    .requiredOption('--public-key <file>', 'armored public key of the agency')
    .option('--gateway <url>', 'gateway base URL (default: $NRM_GATEWAY_URL)')
    .option('--admin-token <token>', 'operator token (default: $NRM_ADMIN_TOKEN)')
    .action(
      async (
        agencyId: string,
        options: {
          name: string;
          kind: AgencyKind;
          jurisdiction: string;
          area: string[];
          publicKey: string;
          gateway?: string;
          adminToken?: string;
        },
      ) => {
        const gatewayUrl = options.gateway ?? io.env['NRM_GATEWAY_URL'];
        const adminToken = options.adminToken ?? io.env['NRM_ADMIN_TOKEN'];
        if (gatewayUrl === undefined || adminToken === undefined) {
          throw new GatewayError('UNAUTHENTICATED', {
            message: 'Needs --gateway and --admin-token (or NRM_GATEWAY_URL and NRM_ADMIN_TOKEN).',
          });
        }
        const admin = adminClient(gatewayUrl, adminToken);
        const publicKey = readFileSync(resolve(io.cwd, options.publicKey), 'utf8');
        try {
          await admin.agencies.register.mutate({
            agency: {
              id: agencyId,
              name: options.name,
              kind: options.kind,
              jurisdiction: options.jurisdiction,
              competentAreas: options.area,
            },
          });
          const key = await admin.keys.register.mutate({ agencyId, publicKey });
          const credential = await admin.credentials.issue.mutate({
            agencyId,
            scopes: ['send', 'receive'],
          });
          io.stdout(
            `registered ${agencyId} with key ${key.fingerprint}\ntoken ${credential.token}\n`,
          );
        } catch (error) {
          throw fromTrpcError(error);
        }
      },
    );

  withConnection(
    program
      .command('send')
      .description('validate, seal, sign and submit a payload')
      .argument('<payload>', 'payload JSON file')
      .requiredOption('--type <type>', 'message type, e.g. nrm.referral')
      .option('--version <n>', 'message type version', positiveInt, 1)
      .requiredOption('--to <agencyIds...>', 'recipient agency ids')
      .requiredOption('--subject <pseudonym>', 'subject pseudonym sub_…')
      .option('--case <pseudonym>', 'case pseudonym case_…')
      .addOption(
        new Option('--purpose <purpose>', 'purpose').choices(PURPOSES).makeOptionMandatory(),
      )
      .addOption(
        new Option('--legal-basis <basis>', 'lawful basis')
          .choices(LAWFUL_BASES)
          .makeOptionMandatory(),
      )
      .option('--consent-ref <id...>', 'consent record ids relied upon', [])
      .option('--justification <text>', 'why the disclosure is necessary (vital interests)')
      .option('--child', 'the subject is a child or the age is disputed', false)
      .option('--area <code>', "municipality of the subject's whereabouts")
      .option('--in-reply-to <id>', 'id of the message answered')
      .option('--expires-in-days <days>', 'delivery deadline in days', positiveInt, 30)
      .option(
        '--consent-scope <file>',
        'nrm.consent-record only: the consent scope JSON, sent in clear and signed',
      ),
  ).action(
    async (
      payloadFile: string,
      options: ConnectionOptions & {
        type: string;
        version: number;
        to: string[];
        subject: string;
        case?: string;
        purpose: Purpose;
        legalBasis: LawfulBasis;
        consentRef: string[];
        justification?: string;
        child: boolean;
        area?: string;
        inReplyTo?: string;
        expiresInDays: number;
        consentScope?: string;
      },
    ) => {
      const client = await connect(options);
      const payload = readJsonFile(resolve(io.cwd, payloadFile), payloadFile, 'payload');
      const consentScope =
        options.consentScope === undefined
          ? undefined
          : readJsonFile(
              resolve(io.cwd, options.consentScope),
              options.consentScope,
              'consentScope',
            );
      const sent = await client.send({
        type: options.type,
        version: options.version,
        payload,
        to: options.to,
        subject: options.subject,
        ...(options.case === undefined ? {} : { case: options.case }),
        purpose: options.purpose,
        legalBasis: options.legalBasis,
        consentRefs: options.consentRef,
        ...(options.justification === undefined ? {} : { justification: options.justification }),
        subjectIsChild: options.child,
        ...(options.area === undefined ? {} : { area: options.area }),
        ...(options.inReplyTo === undefined ? {} : { inReplyTo: options.inReplyTo }),
        expiresInDays: options.expiresInDays,
        ...(consentScope === undefined ? {} : { consentScope }),
      });
      io.stdout(
        `${JSON.stringify({ id: sent.id, status: sent.status, dataCategories: sent.envelope.dataCategories, receipt: sent.receipt }, null, 2)}\n`,
      );
    },
  );

  const inbox = program.command('inbox').description('receive messages');
  withConnection(
    inbox
      .command('fetch')
      .description('pull, open, check and acknowledge messages; write them to a folder')
      .requiredOption('--out <folder>', 'where to write received messages')
      .option('--limit <n>', 'messages per request', positiveInt, 20),
  ).action(async (options: ConnectionOptions & { out: string; limit: number }) => {
    const client = await connect(options);
    const out = resolve(io.cwd, options.out);
    let received = 0;
    let rejected = 0;
    for await (const item of client.inbox({ limit: options.limit })) {
      io.stdout(`${writeInboxItem(out, item)}\n`);
      if (item.ok) {
        received += 1;
      } else {
        rejected += 1;
      }
    }
    io.stdout(`${String(received)} received, ${String(rejected)} rejected, written to ${out}\n`);
  });

  withConnection(
    program
      .command('status')
      .description('delivery status of a sent message')
      .argument('<id>', 'message id'),
  ).action(async (id: string, options: ConnectionOptions) => {
    const client = await connect(options);
    io.stdout(`${JSON.stringify(await client.status(id), null, 2)}\n`);
  });

  // The transparency log's offline verifier (src/transparency/) reports its own exit code.
  program
    .command('log')
    .description('transparency log')
    .addCommand(
      logVerifyCommand({ stdout: io.stdout, stderr: io.stderr, cwd: io.cwd }, (code) => {
        exit.code = code;
      }),
    );

  return program;
}

function readJsonFile(path: string, name: string, field: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new GatewayError('SCHEMA_INVALID', {
      message: `${name} is not a readable JSON file.`,
      path: field,
      cause,
    });
  }
}

function positiveInt(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new CommanderError(1, 'nrm.invalidNumber', `expected a positive integer, got "${value}"`);
  }
  return number;
}

/**
 * Run the CLI; returns the exit code. Gateway errors print as `error CODE: message (path)`
 * and exit 1; usage errors exit with commander's code; nothing prints a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliEnvironment): Promise<number> {
  try {
    const exit = { code: 0 };
    await buildProgram(io, exit).parseAsync([...argv], { from: 'user' });
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'nrm.invalidNumber') {
        io.stderr(`error: ${error.message}\n`);
      }
      return error.exitCode;
    }
    const gatewayError = error instanceof GatewayError ? error : asReportable(error);
    io.stderr(
      `error ${gatewayError.code}: ${gatewayError.message}${gatewayError.path === undefined ? '' : ` (at ${gatewayError.path})`}\n`,
    );
    return 1;
  }
}

/** Network and file errors keep their message (the user needs "ECONNREFUSED"), everything else is normalised. */
function asReportable(error: unknown): GatewayError {
  if (
    error instanceof Error &&
    (error.name === 'TypeError' || 'code' in error) &&
    !(error instanceof GatewayError)
  ) {
    const detail =
      error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
    return new GatewayError('BAD_REQUEST', { message: detail });
  }
  return toGatewayError(error);
}
