import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GatewayError } from '@nrm/client';
import { ADAPTERS, type RegisteredAdapter } from '../adapters/index.js';
import type { Adapter, AdapterFixtures } from '../sdk/adapter.js';

/**
 * An adapter by registry name (`police`) or by module path (`./my-adapter.mjs`, exporting
 * `adapter` and, for `check`, `fixtures`): an agency's own adapter needs no change here.
 */
export async function loadAdapter(nameOrPath: string, cwd: string): Promise<RegisteredAdapter> {
  const registered = ADAPTERS.find((entry) => entry.adapter.name === nameOrPath);
  if (registered !== undefined) {
    return registered;
  }
  if (!/[./\\]/.test(nameOrPath)) {
    throw new GatewayError('NOT_FOUND', {
      message: `No adapter "${nameOrPath}"; known: ${ADAPTERS.map((entry) => entry.adapter.name).join(', ')}, or a module path such as ./my-adapter.mjs.`,
      path: 'adapter',
    });
  }
  let module: { adapter?: Adapter; fixtures?: AdapterFixtures };
  try {
    module = (await import(pathToFileURL(resolve(cwd, nameOrPath)).href)) as typeof module;
  } catch (cause) {
    throw new GatewayError('NOT_FOUND', {
      message: `Cannot load ${nameOrPath}: ${cause instanceof Error ? cause.message : String(cause)}`,
      path: 'adapter',
      cause,
    });
  }
  if (typeof module.adapter?.name !== 'string') {
    throw new GatewayError('BAD_REQUEST', {
      message: `${nameOrPath} exports no \`adapter\` with a name.`,
      path: 'adapter',
    });
  }
  return {
    adapter: module.adapter,
    fixtures: module.fixtures ?? { context: { agencyId: '', directory: {} } },
  };
}
