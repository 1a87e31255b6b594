import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { GatewayError, readAgencyPrivateKey } from '@nrm/client';
import type { RunnerOptions } from '../sdk/runner.js';
import type { ProgressStream } from '../sdk/progress.js';
import { loadAdapter } from './load-adapter.js';

/**
 * The runner's configuration file (JSON): which adapter, which gateway, who the agency is
 * (its folder holds `token` and `private-key.asc`, as the `nrm` CLI's `--dir`), where the
 * runner keeps its journal, and the agency directory the mapping needs. Paths are relative
 * to the file.
 */
export const RunnerConfig = z.strictObject({
  adapter: z.string().min(1),
  gatewayUrl: z.url(),
  agencyId: z.string().min(1),
  agencyDir: z.string().min(1),
  workDir: z.string().min(1),
  directory: z.record(z.string(), z.string()).default({}),
  pseudonymSecretFile: z.string().optional(),
});
export type RunnerConfig = z.infer<typeof RunnerConfig>;

export async function readRunnerConfig(
  file: string,
  cwd: string,
  progress: ProgressStream,
): Promise<RunnerOptions> {
  const path = resolve(cwd, file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new GatewayError('BAD_REQUEST', {
      message: `Cannot read the configuration ${file}: ${cause instanceof Error ? cause.message : String(cause)}`,
      path: 'config',
    });
  }
  const parsed = RunnerConfig.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GatewayError('SCHEMA_INVALID', {
      message: `${file}: ${issue?.message ?? 'invalid'}`,
      path: (issue?.path ?? []).map(String).join('.'),
    });
  }
  const config = parsed.data;
  const base = dirname(path);
  const agencyDir = resolve(base, config.agencyDir);
  const read = (name: string) => readFileSync(join(agencyDir, name), 'utf8').trim();
  const { adapter } = await loadAdapter(config.adapter, base);
  return {
    adapter,
    context: {
      agencyId: config.agencyId,
      directory: config.directory,
      ...(config.pseudonymSecretFile === undefined
        ? {}
        : {
            pseudonymSecret: readFileSync(resolve(base, config.pseudonymSecretFile), 'utf8').trim(),
          }),
    },
    client: {
      gatewayUrl: config.gatewayUrl,
      token: read('token'),
      agencyId: config.agencyId,
      privateKey: await readAgencyPrivateKey(`${read('private-key.asc')}\n`),
    },
    workDir: resolve(base, config.workDir),
    progress,
  };
}
