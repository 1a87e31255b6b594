import { GatewayError } from '@nrm/client';
import type { AdapterRunner } from '../sdk/runner.js';
import { folderSink } from '../sdk/sinks.js';
import { pollOnce } from '../sdk/sources.js';
import { pause } from './stop.js';

export interface PollLoopOptions {
  readonly url: string;
  readonly everySeconds: number;
  readonly out: string;
  readonly ext: string;
}

/**
 * Rounds until `stop` aborts: fetch the agency system's export and import it, then pull the
 * inbox into `out`. A round is never cut short (a stop waits for it), so the journal and
 * the folder agree. A round that fails (the agency system or the gateway away past the
 * retries) is reported and the next round tries again: a poller outlives outages.
 */
export async function pollLoop(
  runner: AdapterRunner,
  options: PollLoopOptions,
  stop: AbortSignal,
  report: { line: (text: string) => void; problem: (text: string) => void },
): Promise<void> {
  const sink = folderSink(options.out, options.ext);
  for (let round = 1; !stop.aborted; round += 1) {
    try {
      const imported = await pollOnce(runner, options.url);
      const pulled = await runner.pullInbox(sink);
      report.line(
        `${JSON.stringify({
          round,
          sent: imported.sent,
          skipped: imported.skipped,
          rejected: imported.rejected,
          written: pulled.written.length,
          ignored: pulled.ignored.length,
          refused: pulled.rejected.length,
        })}\n`,
      );
    } catch (error) {
      if (!(error instanceof GatewayError)) {
        throw error;
      }
      report.problem(`nrm-adapter: round ${String(round)}: ${error.code}: ${error.message}\n`);
    }
    await pause(options.everySeconds * 1000, stop);
  }
}
