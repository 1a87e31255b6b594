import { describe, expect, it } from 'vitest';
import { ERROR_CODE_LIST, ERROR_CODES, isErrorCode } from './codes.js';
import { GatewayError, toGatewayError } from './gateway-error.js';

describe('GatewayError', () => {
  it('carries the status and default message of its code', () => {
    for (const code of ERROR_CODE_LIST) {
      const error = new GatewayError(code);
      expect(error.status).toBe(ERROR_CODES[code].status);
      expect(error.message).toBe(ERROR_CODES[code].message);
      expect(error.toJSON()).toEqual({ code, message: ERROR_CODES[code].message });
    }
  });

  it('bad input is never a 5xx: only a broken gateway, a log that fails its checks or no gateway at all is', () => {
    const fiveHundreds = ERROR_CODE_LIST.filter((code) => ERROR_CODES[code].status >= 500);
    // GATEWAY_UNREACHABLE is the SDK's own: no gateway answered at all.
    expect(fiveHundreds.sort()).toEqual([
      'FORK_DETECTED',
      'GATEWAY_UNREACHABLE',
      'INTERNAL',
      'LOG_NOT_VERIFIED',
    ]);
  });

  it('serialises path but never cause or stack', () => {
    const error = new GatewayError('SCHEMA_INVALID', {
      path: 'envelope.to.0',
      cause: new Error('secret detail'),
    });
    const json = JSON.stringify(error);
    expect(JSON.parse(json)).toEqual({
      code: 'SCHEMA_INVALID',
      message: ERROR_CODES.SCHEMA_INVALID.message,
      path: 'envelope.to.0',
    });
    expect(json).not.toContain('secret');
  });
});

describe('toGatewayError', () => {
  it('returns a GatewayError unchanged', () => {
    const error = new GatewayError('REPLAY');
    expect(toGatewayError(error)).toBe(error);
  });

  it('revives a wire error body', () => {
    const error = toGatewayError({
      code: 'ROUTE_FORBIDDEN',
      message: 'CHILD_REFERRAL_INCLUDES_CSW',
      path: 'to',
    });
    expect(error.code).toBe('ROUTE_FORBIDDEN');
    expect(error.message).toBe('CHILD_REFERRAL_INCLUDES_CSW');
    expect(error.path).toBe('to');
  });

  it('maps framework errors by status', () => {
    expect(toGatewayError({ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }).code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    expect(toGatewayError({ statusCode: 429 }).code).toBe('RATE_LIMITED');
    expect(toGatewayError({ statusCode: 404 }).code).toBe('NOT_FOUND');
    expect(toGatewayError({ code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 }).code).toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expect(toGatewayError({ statusCode: 405 }).code).toBe('METHOD_NOT_ALLOWED');
    expect(toGatewayError({ code: 'FST_ERR_CTP_EMPTY_JSON_BODY', statusCode: 400 }).code).toBe(
      'BAD_REQUEST',
    );
  });

  it('hides unknown errors behind INTERNAL with a generic message', () => {
    const error = toGatewayError(new TypeError('SQLITE_CORRUPT at /secret/path'));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe(ERROR_CODES.INTERNAL.message);
    expect(JSON.stringify(error)).not.toContain('secret');
    expect(toGatewayError('a string').code).toBe('INTERNAL');
    expect(toGatewayError(null).code).toBe('INTERNAL');
  });

  it('does not trust an Error message that merely has a known code', () => {
    const thrown = Object.assign(new Error('internal detail'), { code: 'FORBIDDEN' });
    const error = toGatewayError(thrown);
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe(ERROR_CODES.FORBIDDEN.message);
  });

  it('isErrorCode rejects inherited and unknown keys', () => {
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode('NOPE')).toBe(false);
    expect(isErrorCode('KEY_EXPIRED')).toBe(true);
  });
});
