import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import type { SignedTreeHead } from './tree-head.js';
import { verifyLogExport } from './verify.js';

/** Where `nrm log verify` reads and writes; injectable for tests. */
export interface LogVerifyIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const defaultIo: LogVerifyIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};

/** Exit codes: verified, problems found, could not run. */
export const LOG_VERIFY_EXIT = { ok: 0, problems: 1, usage: 2 } as const;

const KnownHead = z.object({
  treeSize: z.int().min(0),
  rootHash: z.string(),
  timestamp: z.string(),
  signature: z.string(),
});

interface VerifyFlags {
  key: string;
  knownHead: string[];
  json?: boolean;
}

/**
 * The `verify` subcommand for `nrm log`: `verify <export> --key <gateway.pub.asc>
 * [--known-head <sth.json>]… [--json]`. Register it with `log.addCommand(logVerifyCommand(io))`.
 */
export function logVerifyCommand(io: LogVerifyIo, done: (code: number) => void): Command {
  // Settings of a parent are not inherited by an added command: throw instead of exiting.
  return new Command('verify')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .description('verify a transparency log export offline against the gateway public key')
    .argument('<export>', 'the export file (JSON lines)')
    .requiredOption('--key <file>', "the gateway's armored public key")
    .option(
      '--known-head <file>',
      'a signed tree head kept from earlier (JSON); repeatable',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--json', 'print the result as JSON')
    .action(async (exportFile: string, flags: VerifyFlags) => {
      done(await verifyFiles(exportFile, flags, io));
    });
}

/**
 * `nrm log verify <export> --key <gateway.pub.asc>`: argv is what follows `log`
 * (e.g. `['verify', 'log.jsonl', '--key', 'gateway.pub.asc']`). Returns the exit code:
 * 0 verified, 1 problems found (one line each, code and position), 2 usage or I/O errors.
 */
export async function runLogVerify(
  argv: readonly string[],
  io: LogVerifyIo = defaultIo,
): Promise<number> {
  let code: number = LOG_VERIFY_EXIT.usage;
  const program = new Command('nrm log')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addCommand(
      logVerifyCommand(io, (result) => {
        code = result;
      }),
    );
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? LOG_VERIFY_EXIT.ok : LOG_VERIFY_EXIT.usage;
    }
    throw error;
  }
  return code;
}

async function verifyFiles(
  exportFile: string,
  flags: VerifyFlags,
  io: LogVerifyIo,
): Promise<number> {
  let exportText: string;
  let keyText: string;
  const knownHeads: SignedTreeHead[] = [];
  try {
    exportText = await readFile(resolve(io.cwd, exportFile), 'utf8');
    keyText = await readFile(resolve(io.cwd, flags.key), 'utf8');
    for (const file of flags.knownHead) {
      knownHeads.push(...parseHeads(await readFile(resolve(io.cwd, file), 'utf8'), file));
    }
  } catch (error) {
    io.stderr(`nrm log verify: ${(error as Error).message}\n`);
    return LOG_VERIFY_EXIT.usage;
  }
  let result;
  try {
    result = await verifyLogExport(exportText, keyText, { knownHeads });
  } catch (error) {
    io.stderr(`nrm log verify: ${(error as Error).message}\n`);
    return LOG_VERIFY_EXIT.usage;
  }
  if (flags.json === true) {
    io.stdout(`${JSON.stringify(result)}\n`);
  } else if (result.ok) {
    io.stdout(
      `OK: ${result.entries} entries, tree size ${result.treeSize}, root ${result.rootHash}, ${result.treeHeads} signed tree heads\n`,
    );
  } else {
    for (const problem of result.problems) {
      const where = problem.position === undefined ? '' : ` at ${problem.position}`;
      io.stdout(`${problem.code}${where}: ${problem.message}\n`);
    }
  }
  return result.ok ? LOG_VERIFY_EXIT.ok : LOG_VERIFY_EXIT.problems;
}

/** A known-head file holds one head as JSON, or several as JSON lines. */
function parseHeads(text: string, file: string): SignedTreeHead[] {
  const tryJson = (value: string): unknown => {
    try {
      return JSON.parse(value);
    } catch {
      return undefined;
    }
  };
  const whole = tryJson(text);
  const values =
    whole === undefined
      ? text
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map(tryJson)
      : [whole];
  return values.map((value) => {
    const parsed = KnownHead.safeParse(value);
    if (!parsed.success) {
      throw new Error(
        `${file} is not a signed tree head (JSON with treeSize, rootHash, timestamp, signature).`,
      );
    }
    return parsed.data;
  });
}
