import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { GatewayError } from '@nrm/client/errors';

/** Where `pnpm --filter @nrm/admin build` writes the admin app, from this file in the repo. */
export const DEFAULT_ADMIN_DIR = fileURLToPath(
  new URL('../../../../apps/admin/dist', import.meta.url),
);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

// The app talks only to this origin and runs only its own bundled scripts.
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * Serve the built admin app at /admin: files from `dir`, and `index.html` for any other path
 * under /admin so the app's own routes load on reload (not for missing `assets/`). Looked up
 * per request, so building after the gateway started is enough; without a build, a 404 says
 * how to build it. The app holds no secret: everything it shows comes from /trpc with a token.
 */
export function registerAdminApp(app: FastifyInstance, dir: string): void {
  const root = resolve(dir);
  const notBuilt = () =>
    new GatewayError('NOT_FOUND', {
      message: 'The admin app is not built: run `pnpm --filter @nrm/admin build`, then reload.',
    });
  app.get('/admin', (_request, reply) => reply.redirect('/admin/'));
  app.get('/admin/*', (request, reply) => {
    const index = join(root, 'index.html');
    if (!existsSync(index)) {
      throw notBuilt();
    }
    const rest = (request.params as { '*': string })['*'];
    const file = resolve(root, rest);
    const inside = file.startsWith(root + sep);
    const isFile = inside && existsSync(file) && statSync(file).isFile();
    if (!isFile && rest.startsWith('assets/')) {
      throw new GatewayError('NOT_FOUND', { message: `No admin asset ${rest}.` });
    }
    const served = isFile ? file : index;
    void reply.headers(SECURITY_HEADERS);
    // Bundled assets carry their content hash in the name; the page itself is always re-read.
    void reply.header(
      'cache-control',
      served === index ? 'no-cache' : 'public, max-age=31536000, immutable',
    );
    return reply
      .type(TYPES[extname(served)] ?? 'application/octet-stream')
      .send(readFileSync(served));
  });
}
