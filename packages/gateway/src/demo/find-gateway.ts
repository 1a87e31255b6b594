import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where `pnpm start` serves by default: the address `pnpm demo` looks at first. */
export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:8080';

/** What the demo found at an address: a gateway that takes its demo tokens, or why not. */
export type GatewayProbe = { found: true } | { found: false; reason: string };

/**
 * Whether a gateway answers at `url` and accepts the demo tokens in `agenciesDir`: a gateway
 * from another data folder would refuse every step, so it is not one the demo can use.
 */
export async function probeGateway(
  url: string,
  agenciesDir: string,
  fetchFn: typeof fetch = fetch,
): Promise<GatewayProbe> {
  const agency = existsSync(agenciesDir)
    ? readdirSync(agenciesDir).find((id) => existsSync(join(agenciesDir, id, 'token')))
    : undefined;
  if (agency === undefined) {
    return { found: false, reason: `no demo agencies in ${agenciesDir}` };
  }
  const token = readFileSync(join(agenciesDir, agency, 'token'), 'utf8').trim();
  let status: number;
  try {
    const response = await fetchFn(`${url}/v1/keys/gateway`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(2_000),
    });
    status = response.status;
    await response.body?.cancel();
  } catch {
    return { found: false, reason: `nothing answers at ${url}` };
  }
  if (status !== 200) {
    return {
      found: false,
      reason: `the gateway at ${url} does not accept the demo tokens in ${agenciesDir} (HTTP ${String(status)})`,
    };
  }
  return { found: true };
}
