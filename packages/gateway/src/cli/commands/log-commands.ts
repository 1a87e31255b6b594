import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliContext } from '@nrm/client/cli';
import { adminConnection, withAdmin } from './dpo-commands.js';
import { fromTrpcError } from '../admin-client.js';

/**
 * `nrm log export [--out file]`: the transparency log export (JSON lines, a fresh signed
 * head included) for `nrm log verify` — needs a DPO or auditor token.
 */
export function addLogExportCommand(log: Command, context: CliContext): void {
  withAdmin(
    log
      .command('export')
      .description('export the transparency log (JSON lines) for offline verification')
      .option('--out <file>', 'write to a file instead of standard output')
      .option('--key-out <file>', "also write the gateway's public key (for --key of verify)"),
  ).action(
    async (flags: { gateway?: string; adminToken?: string; out?: string; keyOut?: string }) => {
      const admin = adminConnection(context, flags);
      let text: string;
      try {
        text = await admin.log.export.query();
      } catch (error) {
        throw fromTrpcError(error);
      }
      if (flags.keyOut !== undefined) {
        const gatewayUrl = (flags.gateway ?? context.io.env['NRM_GATEWAY_URL'] ?? '').replace(
          /\/+$/,
          '',
        );
        const token = flags.adminToken ?? context.io.env['NRM_ADMIN_TOKEN'] ?? '';
        const fetcher = context.io.fetch ?? fetch;
        const response = await fetcher(`${gatewayUrl}/v1/keys/gateway`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const body = (await response.json()) as { keys: { publicKey: string }[] };
        writeFileSync(resolve(context.io.cwd, flags.keyOut), body.keys[0]?.publicKey ?? '');
      }
      if (flags.out === undefined) {
        context.io.stdout(text);
      } else {
        writeFileSync(resolve(context.io.cwd, flags.out), text);
      }
    },
  );
}
