import { defaultServerConditions } from 'vite';
import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

/**
 * Shared per-package test config. The `@nrm/source` export condition makes every
 * workspace package resolve to its `src/` so tests never need a build first.
 */
export function nrmProject(name: string, extra: UserWorkspaceConfig['test'] = {}) {
  const conditions = ['@nrm/source', ...defaultServerConditions];
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions } },
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      ...extra,
    },
  });
}
