import type { FastifyInstance } from 'fastify';
import { GatewayError, errorPath } from '@nrm/client/errors';

const BYTE_PARTS = new Set(['envelope', 'payload', 'consentScope']);
const TEXT_PARTS = new Set(['envelopeSignature', 'consentScopeSignature']);

/**
 * `curl -F envelope=@… -F envelopeSignature=@… -F payload=@…` (ADR 0002). The body (already
 * bounded by the body limit) is parsed with the platform's FormData, then shaped exactly
 * like the JSON body — byte parts base64 — so one validation path serves both.
 */
export function registerMultipart(app: FastifyInstance): void {
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (request, body, done) => {
    const contentType = request.headers['content-type'] ?? '';
    // A view, not a copy; typed so the DOM and Node declarations of Response both accept it.
    const bytes = body as Buffer<ArrayBuffer>;
    new Response(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      headers: { 'content-type': contentType },
    })
      .formData()
      .then(async (form) => {
        const shaped: Record<string, string> = {};
        for (const [name, value] of form.entries()) {
          if (!BYTE_PARTS.has(name) && !TEXT_PARTS.has(name)) {
            // The name goes into the path escaped (errorPath), never raw into the message.
            throw new GatewayError('SCHEMA_INVALID', {
              message: `Unknown part; the parts are ${[...BYTE_PARTS, ...TEXT_PARTS].join(', ')}.`,
              path: errorPath('', [name]),
            });
          }
          if (Object.hasOwn(shaped, name)) {
            throw new GatewayError('SCHEMA_INVALID', {
              message: `Part ${name} appears twice.`,
              path: name,
            });
          }
          const bytes =
            typeof value === 'string'
              ? Buffer.from(value, 'utf8')
              : Buffer.from(await value.arrayBuffer());
          shaped[name] = BYTE_PARTS.has(name) ? bytes.toString('base64') : bytes.toString('utf8');
        }
        done(null, shaped);
      })
      .catch((error: unknown) => {
        done(
          error instanceof GatewayError
            ? error
            : new GatewayError('BAD_REQUEST', {
                message: 'Malformed multipart body.',
                cause: error,
              }),
        );
      });
  });
}
