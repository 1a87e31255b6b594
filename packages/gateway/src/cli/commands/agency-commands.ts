import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AgencyKind } from '@nrm/domain';
import { Option, type Command } from 'commander';
import { GatewayError } from '@nrm/client/errors';
import { adminClient, fromTrpcError } from '../admin-client.js';
import type { CliContext } from '@nrm/client/cli';

interface RegisterOptions {
  name: string;
  kind: AgencyKind;
  jurisdiction: string;
  area: string[];
  publicKey: string;
  gateway?: string;
  adminToken?: string;
}

/** `nrm agency register`: the operator enrols an agency, its key and its token (admin tRPC). */
export function addAgencyCommands(program: Command, context: CliContext): void {
  const { io } = context;
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
    .action(async (agencyId: string, options: RegisterOptions) => {
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
    });
}
