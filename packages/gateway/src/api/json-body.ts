import { readStrictJson } from '@nrm/schemas';
import type { FastifyInstance } from 'fastify';
import { GatewayError, parseFailureError } from '@nrm/client/errors';

/** Request bodies nest a few levels; the signed parts inside are base64 and read on their own. */
const MAX_BODY_DEPTH = 32;

/**
 * JSON request bodies are read as strict JSON too: a body with two `envelope` members would
 * otherwise be checked as one and stored as the other. Not JSON at all is BAD_REQUEST with
 * line and column; a duplicate member is SCHEMA_INVALID at its path. No message repeats the
 * body's bytes.
 */
export function registerStrictJsonBody(app: FastifyInstance, bodyLimit: number): void {
  // Only JSON (and multipart, registered beside) is spoken: anything else is 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    const read = readStrictJson(body, { maxBytes: bodyLimit, maxDepth: MAX_BODY_DEPTH });
    if (read.ok) {
      done(null, read.value);
      return;
    }
    const error = parseFailureError(read.error, '', 'The request body');
    done(
      read.error.code === 'MALFORMED_JSON' && error.path === undefined
        ? new GatewayError('BAD_REQUEST', { message: error.message })
        : error,
    );
  });
}
