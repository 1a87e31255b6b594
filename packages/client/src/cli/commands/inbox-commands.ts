import { resolve } from 'node:path';
import type { Command } from 'commander';
import { positiveInt, type CliContext, type ConnectionOptions } from '../cli-context.js';
import { writeInboxItem } from '../inbox-output.js';

/** `nrm inbox fetch --out <dir>` and `nrm status <id>`: receiving and following messages. */
export function addInboxCommands(program: Command, context: CliContext): void {
  const { io } = context;
  const inbox = program.command('inbox').description('receive messages');
  context
    .withConnection(
      inbox
        .command('fetch')
        .description(
          'pull, open, check and acknowledge messages (reject those that fail a check); write them to a folder',
        )
        .requiredOption('--out <folder>', 'where to write received messages')
        .option('--limit <n>', 'messages per request', positiveInt, 20),
    )
    .action(async (options: ConnectionOptions & { out: string; limit: number }) => {
      const client = await context.connect(options);
      const out = resolve(io.cwd, options.out);
      let received = 0;
      let rejected = 0;
      let failed = 0;
      for await (const item of client.inbox({ limit: options.limit })) {
        io.stdout(`${writeInboxItem(out, item)}\n`);
        if (item.ok) {
          received += 1;
        } else if (item.rejected === true) {
          rejected += 1;
        } else {
          failed += 1;
        }
      }
      const later = failed === 0 ? '' : `, ${String(failed)} left for a later fetch`;
      io.stdout(
        `${String(received)} received, ${String(rejected)} rejected${later}, written to ${out}\n`,
      );
    });

  context
    .withConnection(
      program
        .command('status')
        .description('delivery status of a sent message')
        .argument('<id>', 'message id'),
    )
    .action(async (id: string, options: ConnectionOptions) => {
      const client = await context.connect(options);
      const status = await client.status(id);
      io.stdout(`${JSON.stringify(status, null, 2)}\n`);
      // A rejection is what a sender must act on: say it outside the JSON too.
      for (const row of status.recipients) {
        if (row.status === 'rejected') {
          const code = typeof row['rejectionCode'] === 'string' ? row['rejectionCode'] : 'unknown';
          const reason = typeof row['reason'] === 'string' ? `: ${row['reason']}` : '';
          io.stderr(`rejected by ${row.agency} (${code})${reason}\n`);
        }
      }
    });
}
