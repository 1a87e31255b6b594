import { Command, CommanderError } from 'commander';
import { GatewayError } from '@nrm/client';
import { checkAdapter } from '../kit/conformance.js';
import { AdapterRunner } from '../sdk/runner.js';
import { folderSink } from '../sdk/sinks.js';
import { importDropFolder } from '../sdk/sources.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadAdapter } from './load-adapter.js';
import { readRunnerConfig } from './runner-config.js';

/** What the CLI touches of its process: output, the working folder, a terminal or not. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTTY: boolean;
}

/**
 * `nrm-adapter`: check an adapter with the conformance kit, import native exports through
 * it, pull the inbox into native files. Exit code 0 when everything passed or was sent,
 * 1 when a check failed or a record was rejected, 2 for a usage or configuration error.
 */
export async function runAdapterCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code = 0;
  const progress = { isTTY: io.isTTY, write: (text: string) => io.stderr(text) };
  const withRunner = async (config: string, act: (runner: AdapterRunner) => Promise<number>) => {
    const runner = new AdapterRunner(await readRunnerConfig(config, io.cwd, progress));
    try {
      return await act(runner);
    } finally {
      runner.close();
    }
  };
  const program = new Command('nrm-adapter')
    .description('Connect an agency system to the NRM exchange through an adapter.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('check <adapter>')
    .description('run the conformance kit: a registered adapter name or a module path')
    .action(async (name: string) => {
      const { adapter, fixtures } = await loadAdapter(name, io.cwd);
      const checks = checkAdapter(adapter, fixtures);
      for (const check of checks) {
        io.stdout(`${check.failures.length === 0 ? 'ok  ' : 'FAIL'} ${check.name}\n`);
        for (const failure of check.failures) {
          io.stdout(`       ${failure}\n`);
        }
      }
      const failed = checks.filter((check) => check.failures.length > 0).length;
      io.stdout(
        `${adapter.name}: ${String(checks.length - failed)}/${String(checks.length)} checks passed\n`,
      );
      code = failed === 0 ? 0 : 1;
    });

  program
    .command('import <files...>')
    .description('send native exports through the adapter (each record once)')
    .requiredOption('--config <file>', 'runner configuration (JSON)')
    .action(async (files: string[], options: { config: string }) => {
      code = await withRunner(options.config, async (runner) => {
        let rejected = 0;
        for (const file of files) {
          const summary = await runner.importExport(readFileSync(resolve(io.cwd, file)), file);
          rejected += summary.rejected;
          io.stdout(
            `${JSON.stringify({ file, sent: summary.sent, skipped: summary.skipped, rejected: summary.rejected })}\n`,
          );
        }
        return rejected === 0 ? 0 : 1;
      });
    });

  program
    .command('drop <dir>')
    .description('import every file of a drop folder, moving each to done/')
    .requiredOption('--config <file>', 'runner configuration (JSON)')
    .option('--suffix <suffix>', 'only files ending so, e.g. .csv')
    .action(async (dir: string, options: { config: string; suffix?: string }) => {
      code = await withRunner(options.config, async (runner) => {
        const summaries = await importDropFolder(runner, {
          dir: resolve(io.cwd, dir),
          ...(options.suffix === undefined ? {} : { suffix: options.suffix }),
        });
        io.stdout(`${JSON.stringify(summaries)}\n`);
        return Object.values(summaries).some((summary) => summary.rejected > 0) ? 1 : 0;
      });
    });

  program
    .command('pull')
    .description('pull the inbox and write a native file per received message')
    .requiredOption('--config <file>', 'runner configuration (JSON)')
    .requiredOption('--out <dir>', 'folder for the native files')
    .option('--ext <extension>', 'file extension of the native files', 'txt')
    .action(async (options: { config: string; out: string; ext: string }) => {
      code = await withRunner(options.config, async (runner) => {
        const summary = await runner.pullInbox(
          folderSink(resolve(io.cwd, options.out), options.ext),
        );
        io.stdout(
          `${JSON.stringify({ written: summary.written.length, ignored: summary.ignored.length, rejected: summary.rejected.length })}\n`,
        );
        return summary.rejected.length === 0 ? 0 : 1;
      });
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof GatewayError) {
      io.stderr(
        `nrm-adapter: ${error.code}${error.path === undefined ? '' : ` at ${error.path}`}: ${error.message}\n`,
      );
      return 2;
    }
    io.stderr(`nrm-adapter: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
