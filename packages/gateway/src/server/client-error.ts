import { maxHeaderSize } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { GatewayError } from '@nrm/client/errors';
import type { ErrorCode } from '@nrm/client/errors';

const REASONS: Partial<Record<ErrorCode, string>> = {
  BAD_REQUEST: 'Bad Request',
  HEADERS_TOO_LARGE: 'Request Header Fields Too Large',
};

function errorFor(code: string | undefined, maxHeaderBytes: number): GatewayError {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return new GatewayError('HEADERS_TOO_LARGE', {
      message: `The request line and headers exceed ${maxHeaderBytes} bytes; send long input in a POST body.`,
    });
  }
  return new GatewayError('BAD_REQUEST', { message: 'The request is not valid HTTP/1.1.' });
}

/**
 * Answers for requests Node's HTTP parser refused before any route saw them (headers over the
 * limit, broken request lines; a timed-out request is just closed): the same `{ error: { code, message } }` body as every
 * other error, then `Connection: close` and a graceful end. After a parse error the rest of
 * the stream cannot be trusted, so the connection is closed — but a keep-alive client is told
 * so and reads the whole answer instead of finding its next request reset.
 */
export function answerClientError(
  error: Error & { code?: string },
  socket: Socket,
  log: FastifyBaseLogger,
): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) {
    return;
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT' || error.code === 'HPE_HEADERS_TIMEOUT') {
    // A client that did not finish its request in time is not reading an answer either.
    socket.destroy();
    return;
  }
  const gatewayError = errorFor(error.code, maxHeaderSize);
  log.info({ code: gatewayError.code, parserCode: error.code }, 'connection-level error');
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ error: gatewayError.toJSON() });
  socket.end(
    `HTTP/1.1 ${gatewayError.status} ${REASONS[gatewayError.code] ?? 'Error'}\r\n` +
      `Content-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      `Connection: close\r\n\r\n${body}`,
  );
}
