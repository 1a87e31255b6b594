import { cpSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/cli/main.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  // The CLI bundles the reference adapters' conformance fixtures, which read their files
  // next to the module (`./__fixtures__/…`): copy them beside the bundled CLI.
  // One folder for all adapters, so a name two adapters share fails the build.
  onSuccess: () => {
    const seen = new Set<string>();
    for (const adapter of readdirSync('src/adapters', { withFileTypes: true })) {
      const from = `src/adapters/${adapter.name}/__fixtures__`;
      if (
        !adapter.isDirectory() ||
        !readdirSync(`src/adapters/${adapter.name}`).includes('__fixtures__')
      ) {
        continue;
      }
      for (const name of readdirSync(from)) {
        if (seen.has(name)) {
          return Promise.reject(new Error(`Two adapters ship the fixture ${name}; rename one.`));
        }
        seen.add(name);
      }
      cpSync(from, 'dist/cli/__fixtures__', { recursive: true });
    }
    return Promise.resolve();
  },
});
