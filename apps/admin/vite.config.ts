import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the gateway at /admin; `pnpm --filter @nrm/admin dev` proxies the API to a local
// gateway (`pnpm start`) so the app runs on one origin as in production.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: {
    proxy: {
      '/trpc': 'http://127.0.0.1:8080',
      '/healthz': 'http://127.0.0.1:8080',
      '/readyz': 'http://127.0.0.1:8080',
    },
  },
});
