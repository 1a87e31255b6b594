import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from 'fastify';
import {
  AuthFailureLimiter,
  DEFAULT_AUTH_FAILURE_LIMITS,
  type AuthFailureLimits,
} from '../api/auth-failures.js';
import { Authenticator, bearerToken } from '../api/authenticate.js';
import { registerHttpRoutes } from '../api/http-routes.js';
import { registerMultipart } from '../api/multipart.js';
import { buildOpenApiDocument } from '../api/openapi.js';
import { gatewayErrorOfTrpc } from '../api/trpc-errors.js';
import { gatewayRouter, type GatewayRouter } from '../api/trpc-router.js';
import { registerDpoRoutes } from '../dpo/dpo-http-routes.js';
import { GatewayError, toGatewayError } from '@nrm/client/errors';
import { registerStrictJsonBody } from '../api/json-body.js';
import { answerClientError } from './client-error.js';
import { DEFAULT_ADMIN_DIR, registerAdminApp } from './admin-app.js';
import { registerLogWitnessRoutes } from '../transparency/log-http-routes.js';
import type { GatewayContext } from '../context/gateway-context.js';

export interface ServerOptions {
  /**
   * Largest accepted request body; larger is PAYLOAD_TOO_LARGE (413). The default, 2 MiB, holds
   * the largest real submission (a 1 MiB payload's ciphertext in base64 with its envelope) and
   * bounds what each request can make the gateway hold: the raw body, its text and its value.
   */
  bodyLimit: number;
  /** Requests per verified credential (or per client address without one) per minute. */
  rateLimitPerMinute: number;
  /** Failed authentications per credential id and per client address before 429. */
  authFailures: AuthFailureLimits;
  logger: NonNullable<FastifyServerOptions['logger']>;
  /** The built admin app served at /admin (default: apps/admin/dist of this repository). */
  adminDir: string;
}

export const DEFAULT_SERVER_OPTIONS: ServerOptions = {
  bodyLimit: 2 * 1024 * 1024,
  rateLimitPerMinute: 600,
  authFailures: DEFAULT_AUTH_FAILURE_LIMITS,
  logger: { level: 'info' },
  adminDir: DEFAULT_ADMIN_DIR,
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
    // Fastify's own refusals before routing (a URL with bad percent-encoding): the one shape,
    // without echoing the URL.
    frameworkErrors(error, _request, reply) {
      const refused = new GatewayError('BAD_REQUEST', {
        message:
          error.code === 'FST_ERR_BAD_URL'
            ? 'The URL is not valid: a percent-encoded byte is malformed.'
            : 'The request is malformed.',
      });
      void (reply as unknown as FastifyReply)
        .status(refused.status)
        .send({ error: refused.toJSON() });
    },
    clientErrorHandler(error, socket) {
      answerClientError(error, socket, app.log);
    },
  });
  const limiter = new AuthFailureLimiter(options.authFailures, (key, failures) => {
    // For the operator: someone is guessing tokens (a credential id, or from an address).
    app.log.warn(
      { key, failures, windowMs: options.authFailures.windowMs },
      'repeated authentication failures',
    );
  });
  const auth = new Authenticator(ctx.store.registry, limiter);
  const refuseAddress = (address: string): GatewayError | undefined => {
    const retryAfterSeconds = limiter.addresses.retryAfter(`address:${address}`, Date.now());
    return retryAfterSeconds === undefined
      ? undefined
      : new GatewayError('RATE_LIMITED', {
          message: `Too many failed authentications from this address; retry in ${retryAfterSeconds} s.`,
          retryAfterSeconds,
        });
  };

  app.setErrorHandler((error, request, reply) => {
    let gatewayError = toGatewayError(error);
    if (gatewayError.code === 'UNAUTHENTICATED') {
      limiter.failAddress(request.ip, Date.now());
    }
    if (gatewayError.retryAfterSeconds !== undefined) {
      void reply.header('retry-after', String(gatewayError.retryAfterSeconds));
    }
    if (gatewayError.code === 'INTERNAL') {
      request.log.error({ err: error }, 'internal error');
    } else {
      request.log.info({ code: gatewayError.code, path: gatewayError.path }, 'request refused');
    }
    if (gatewayError.code === 'PAYLOAD_TOO_LARGE' && gatewayError.path === undefined) {
      gatewayError = new GatewayError('PAYLOAD_TOO_LARGE', {
        message: `The request body exceeds the limit of ${options.bodyLimit} bytes.`,
      });
      // The unread rest of the body is not read: answer, say so, and close.
      void reply.header('connection', 'close');
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
    // Per verified credential: one noisy agency cannot starve the others. Unverified tokens
    // share their address's bucket: a new random token is not a new bucket.
    keyGenerator: (request) => {
      const token = bearerToken(request.headers.authorization);
      return token === undefined || !auth.isVerified(token)
        ? `ip:${request.ip}`
        : `token:${createHash('sha256').update(token).digest('hex')}`;
    },
    allowList: (request) => OPEN_ROUTES.has(request.url),
    errorResponseBuilder: () => new GatewayError('RATE_LIMITED'),
  });

  // An address over its failed-authentication limit is refused before any check runs;
  // callers with a token that already passed the check are not slowed by a guesser nearby.
  app.addHook('onRequest', (request, _reply, done) => {
    const token = bearerToken(request.headers.authorization);
    if (OPEN_ROUTES.has(request.url) || (token !== undefined && auth.isVerified(token))) {
      done();
      return;
    }
    const refused = refuseAddress(request.ip);
    if (refused === undefined) {
      done();
    } else {
      done(refused);
    }
  });

  app.addHook('onResponse', (request, reply, done) => {
    ctx.metrics.httpDuration.observe(
      { route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });

  registerStrictJsonBody(app, options.bodyLimit);
  registerMultipart(app);
  registerHttpRoutes(app, ctx, auth);
  registerDpoRoutes(app, ctx, auth);
  registerLogWitnessRoutes(app, ctx);
  registerAdminApp(app, options.adminDir);

  app.get('/healthz', () => ({ status: 'ok' }));
  // Ready = the store answers and the log matches its signed heads (recomputed from entries).
  app.get('/readyz', async () => {
    await ctx.store.ping();
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
      // Refusals are logged like the HTTP API's; a remaining 500 with its cause.
      onError({ error, path, ctx }) {
        const gatewayError = gatewayErrorOfTrpc(error);
        if (gatewayError.code === 'UNAUTHENTICATED' && ctx !== undefined) {
          limiter.failAddress(ctx.address, Date.now());
        }
        if (gatewayError.code === 'INTERNAL') {
          app.log.error({ err: error.cause ?? error, procedure: path }, 'internal error');
        } else {
          app.log.info({ code: gatewayError.code, path: gatewayError.path }, 'request refused');
        }
      },
      createContext: ({ req }) => {
        let resolved: ReturnType<Authenticator['resolve']> | undefined;
        return {
          gateway: ctx,
          address: req.ip,
          principal: () => (resolved ??= auth.resolve(req.headers.authorization)),
        };
      },
    },
  } satisfies FastifyTRPCPluginOptions<GatewayRouter>);

  return app;
}
