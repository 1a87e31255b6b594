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
        .description('pull, open, check and acknowledge messages; write them to a folder')
        .requiredOption('--out <folder>', 'where to write received messages')
        .option('--limit <n>', 'messages per request', positiveInt, 20),
    )
    .action(async (options: ConnectionOptions & { out: string; limit: number }) => {
      const client = await context.connect(options);
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

  context
    .withConnection(
      program
        .command('status')
        .description('delivery status of a sent message')
        .argument('<id>', 'message id'),
    )
    .action(async (id: string, options: ConnectionOptions) => {
      const client = await context.connect(options);
      io.stdout(`${JSON.stringify(await client.status(id), null, 2)}\n`);
    });
}
