import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { FILES, initAgencyFolder, revokeAgencyKey, rotateAgencyKey } from '../agency-folder.js';
import { positiveInt, type CliContext } from '../cli-context.js';

const REVOCATION_REASONS = ['compromised', 'superseded', 'retired'] as const;

/** `nrm init` and `nrm keys export|rotate|revoke`: the agency's own key material. */
export function addKeyCommands(program: Command, context: CliContext): void {
  const { io } = context;
  program
    .command('init')
    .description(
      'create an agency folder with a new key pair (ed25519/cv25519, usable by GnuPG 2.2)',
    )
    .argument('<agencyId>', 'agency id, e.g. rs.astra')
    .addOption(context.dirOption())
    .option('--valid-days <days>', 'key validity in days (default: no expiry)', positiveInt)
    .action(async (agencyId: string, options: { dir?: string; validDays?: number }) => {
      const dir = resolve(io.cwd, options.dir ?? agencyId);
      const passphrase = context.passphrase();
      const { fingerprint } = await initAgencyFolder(dir, agencyId, io.now(), {
        ...(passphrase === undefined ? {} : { passphrase }),
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
    .addOption(context.dirOption())
    .action((options: { dir?: string }) => {
      io.stdout(readFileSync(join(context.agencyDir(options.dir), FILES.publicKey), 'utf8'));
    });
  keys
    .command('rotate')
    .description('retire the current key (kept for decryption) and generate a new one')
    .addOption(context.dirOption())
    .action(async (options: { dir?: string }) => {
      const passphrase = context.passphrase();
      const result = await rotateAgencyKey(
        context.agencyDir(options.dir),
        io.now(),
        passphrase === undefined ? {} : { passphrase },
      );
      io.stdout(
        `retired ${result.retired}\nnew fingerprint ${result.fingerprint}\nnext: register the new public-key.asc with the gateway operator\n`,
      );
    });
  keys
    .command('revoke')
    .description('revoke the current key and print the revoked public key')
    .addOption(context.dirOption())
    .addOption(
      new Option('--reason <reason>', 'why').choices(REVOCATION_REASONS).default('compromised'),
    )
    .action(async (options: { dir?: string; reason: (typeof REVOCATION_REASONS)[number] }) => {
      const result = await revokeAgencyKey(
        context.agencyDir(options.dir),
        options.reason,
        io.now(),
        context.passphrase(),
      );
      io.stdout(result.revokedPublicKey);
      io.stderr(
        `revoked ${result.fingerprint}; give the revoked key to the gateway operator and partners\n`,
      );
    });
}
