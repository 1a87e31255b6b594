import type { Command } from 'commander';
import type { CliContext, ConnectionOptions } from '../cli-context.js';

/**
 * `nrm log witness`: the agency as a witness of the gateway's log. Fetches the newest
 * checkpoint and checks it extends the newest one the agency folder holds (`state/`, also
 * updated by every receipt `send` and `inbox fetch` verify); a rewritten or rolled-back log
 * is `error FORK_DETECTED` (exit 1).
 */
export function addLogWitnessCommand(log: Command, context: CliContext): void {
  context
    .withConnection(
      log
        .command('witness')
        .description(
          "check the gateway's newest checkpoint against the newest one this agency has seen",
        ),
    )
    .action(async (options: ConnectionOptions) => {
      const client = await context.connect(options);
      const checkpoint = await client.checkLog();
      context.io.stdout(
        `checkpoint ${checkpoint.origin} size ${String(checkpoint.treeSize)} root ${checkpoint.rootHash}: consistent with every checkpoint this agency has seen\n`,
      );
    });
}
