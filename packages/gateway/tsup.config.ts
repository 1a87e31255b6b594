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
  dts: { entry: { index: 'src/index.ts', 'client/index': 'src/client/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
});
