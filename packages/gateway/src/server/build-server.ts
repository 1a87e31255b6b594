import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { sql } from 'kysely';
import { Authenticator, bearerToken } from '../api/authenticate.js';
import { registerHttpRoutes } from '../api/http-routes.js';
import { registerMultipart } from '../api/multipart.js';
import { buildOpenApiDocument } from '../api/openapi.js';
import { gatewayRouter, type GatewayRouter } from '../api/trpc-router.js';
import { registerDpoRoutes } from '../dpo/dpo-http-routes.js';
import { GatewayError, toGatewayError } from '../errors/gateway-error.js';
import { registerLogWitnessRoutes } from '../transparency/log-http-routes.js';
import type { GatewayContext } from './context.js';

export interface ServerOptions {
  /** Largest accepted request body; larger is PAYLOAD_TOO_LARGE (413). */
  bodyLimit: number;
  /** Requests per agency credential (or per IP without one) per minute. */
  rateLimitPerMinute: number;
  logger: NonNullable<FastifyServerOptions['logger']>;
}

export const DEFAULT_SERVER_OPTIONS: ServerOptions = {
  bodyLimit: 10 * 1024 * 1024,
  rateLimitPerMinute: 600,
  logger: { level: 'info' },
};

const OPEN_ROUTES = new Set(['/healthz', '/readyz', '/metrics', '/openapi.json']);

/**
 * The fastify server: JSON + multipart HTTP API, tRPC under /trpc, OpenAPI, health and metrics.
 * Every error leaves through one handler as `{ error: { code, message, path? } }`.
 */
export async function buildServer(
  ctx: GatewayContext,
  options: ServerOptions,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger,
    bodyLimit: options.bodyLimit,
    routerOptions: { maxParamLength: 5000 },
  });
  const auth = new Authenticator(ctx.db);

  app.setErrorHandler((error, request, reply) => {
    const gatewayError = toGatewayError(error);
    if (gatewayError.code === 'INTERNAL') {
      request.log.error({ err: error }, 'internal error');
    } else {
      request.log.info({ code: gatewayError.code, path: gatewayError.path }, 'request refused');
    }
    return reply.status(gatewayError.status).send({ error: gatewayError.toJSON() });
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ error: new GatewayError('NOT_FOUND').toJSON() }),
  );

  await app.register(rateLimit, {
    global: true,
    max: options.rateLimitPerMinute,
    timeWindow: 60_000,
    // Per agency credential: one noisy agency cannot starve the others.
    keyGenerator: (request) => {
      const token = bearerToken(request.headers.authorization);
      return token === undefined
        ? `ip:${request.ip}`
        : `token:${createHash('sha256').update(token).digest('hex')}`;
    },
    allowList: (request) => OPEN_ROUTES.has(request.url),
    errorResponseBuilder: () => new GatewayError('RATE_LIMITED'),
  });

  app.addHook('onResponse', (request, reply, done) => {
    ctx.metrics.httpDuration.observe(
      { route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });

  registerMultipart(app);
  registerHttpRoutes(app, ctx, auth);
  registerDpoRoutes(app, ctx, auth);
  registerLogWitnessRoutes(app, ctx);

  app.get('/healthz', () => ({ status: 'ok' }));
  // Ready = the store answers and the log matches its signed heads (recomputed from entries).
  app.get('/readyz', async () => {
    await sql`select 1`.execute(ctx.db);
    const log = await ctx.log.verify();
    ctx.log.assertVerified();
    return { status: 'ready', log };
  });
  app.get('/metrics', async (_request, reply) => {
    const body = await ctx.metrics.registry.metrics();
    return reply.type(ctx.metrics.registry.contentType).send(body);
  });
  app.get('/openapi.json', (request) =>
    buildOpenApiDocument(`${request.protocol}://${request.host}`),
  );

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: gatewayRouter,
      createContext: ({ req }) => {
        let resolved: ReturnType<Authenticator['resolve']> | undefined;
        return {
          gateway: ctx,
          principal: () => (resolved ??= auth.resolve(req.headers.authorization)),
        };
      },
    },
  } satisfies FastifyTRPCPluginOptions<GatewayRouter>);

  return app;
}
