#!/usr/bin/env node
import { runCli } from './program.js';

// The `nrm` binary: real process, real clock, real network.
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  now: () => new Date(),
  cwd: process.cwd(),
});
process.exitCode = code;
