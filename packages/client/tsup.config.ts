import { defineConfig } from 'tsup';

// ESM only, like the exports map: the SDK, its subpaths for the gateway, and the `nrm` binary.
const library = {
  index: 'src/index.ts',
  'crypto/index': 'src/crypto/index.ts',
  'errors/index': 'src/errors/index.ts',
  'transparency/index': 'src/transparency/index.ts',
  'cli/index': 'src/cli/index.ts',
};

export default defineConfig({
  entry: { ...library, 'cli/main': 'src/cli/main.ts' },
  format: ['esm'],
  // Declarations resolve sibling workspace packages to their sources, so a build of this
  // package alone works from a clean clone; the emitted .d.ts import them by package name.
  dts: { entry: library, compilerOptions: { customConditions: ['@nrm/source'] } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
});
