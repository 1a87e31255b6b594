import { defineConfig } from 'tsup';

// ESM only, like the exports map: the server surface, the client SDK and the two binaries.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'client/index': 'src/client/index.ts',
    'cli/main': 'src/cli/main.ts',
    'server/main': 'src/server/main.ts',
  },
  format: ['esm'],
  // Declarations resolve sibling workspace packages to their sources, so a build of this
  // package alone works from a clean clone (no dist of @nrm/domain or @nrm/schemas needed);
  // the emitted .d.ts still import them by package name.
  dts: {
    entry: { index: 'src/index.ts', 'client/index': 'src/client/index.ts' },
    compilerOptions: { customConditions: ['@nrm/source'] },
  },
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
});
