import { DEFAULT_AUTH_FAILURE_LIMITS } from '../api/auth-failures.js';
import { GatewayError } from '@nrm/client/errors';
import { DEFAULT_SERVER_OPTIONS, type ServerOptions } from './build-server.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A positive whole number from `name`, or `fallback` when unset; anything else stops the start. */
export function positiveInteger(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1) {
    throw new GatewayError('BAD_REQUEST', {
      message: `${name} must be a positive whole number, got "${raw}".`,
      path: name,
    });
  }
  return value;
}

/**
 * The request limits from the environment (README "Configuration reference"): the general
 * rate limit, the failed-authentication limits and the body limit. Unset variables keep the
 * defaults; a value that is not a positive whole number stops the start, naming the variable.
 */
export function serverLimitsFromEnv(
  env: Env,
): Pick<ServerOptions, 'rateLimitPerMinute' | 'authFailures' | 'bodyLimit'> {
  return {
    rateLimitPerMinute: positiveInteger(
      env,
      'NRM_RATE_LIMIT_PER_MINUTE',
      DEFAULT_SERVER_OPTIONS.rateLimitPerMinute,
    ),
    bodyLimit: positiveInteger(env, 'NRM_BODY_LIMIT_BYTES', DEFAULT_SERVER_OPTIONS.bodyLimit),
    authFailures: {
      perCredential: positiveInteger(
        env,
        'NRM_AUTH_FAILURES_PER_CREDENTIAL',
        DEFAULT_AUTH_FAILURE_LIMITS.perCredential,
      ),
      perAddress: positiveInteger(
        env,
        'NRM_AUTH_FAILURES_PER_ADDRESS',
        DEFAULT_AUTH_FAILURE_LIMITS.perAddress,
      ),
      windowMs:
        positiveInteger(
          env,
          'NRM_AUTH_FAILURE_WINDOW_SECONDS',
          DEFAULT_AUTH_FAILURE_LIMITS.windowMs / 1000,
        ) * 1000,
    },
  };
}
