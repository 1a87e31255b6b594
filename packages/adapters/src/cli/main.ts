#!/usr/bin/env node
import { runAdapterCli } from './program.js';

// The `nrm-adapter` binary: real process, real files, real network.
process.exitCode = await runAdapterCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: process.stderr.isTTY,
});
