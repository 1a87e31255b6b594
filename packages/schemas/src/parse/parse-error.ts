import type { z } from 'zod';

/**
 * Stable error codes of the parsing API. Clients switch on `code`; messages may change.
 * `DOMAIN_INVALID` is returned by the domain mappings when a wire value does not fit the
 * domain model (or the reverse).
 */
export const PARSE_ERROR_CODES = [
  'UNKNOWN_TYPE',
  'UNKNOWN_VERSION',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'PAYLOAD_TOO_DEEP',
  'SCHEMA_INVALID',
  'UPGRADE_FAILED',
  'DOMAIN_INVALID',
] as const;
export type ParseErrorCode = (typeof PARSE_ERROR_CODES)[number];

/** One problem at one place in the payload. `path` is empty for the payload as a whole. */
export interface ParseIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export interface ParseError {
  readonly code: ParseErrorCode;
  readonly message: string;
  readonly issues: readonly ParseIssue[];
}

export type ParseResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ParseError };

export function parseFailure(
  code: ParseErrorCode,
  message: string,
  issues: readonly ParseIssue[] = [],
): ParseResult<never> {
  return { ok: false, error: { code, message, issues } };
}

/**
 * Every zod issue with its full path (symbols, which JSON cannot carry, become strings). An
 * unknown member is one issue at its own path: the message never repeats the input's bytes.
 */
export function issuesOf(error: z.ZodError): ParseIssue[] {
  return error.issues.flatMap((i) => {
    const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    return i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ path: [...path, key], message: 'unknown member' }))
      : [{ path, message: i.message }];
  });
}

/** Runs a zod schema and wraps the outcome with the given failure code. */
export function safeParseWith<T>(
  schema: z.ZodType<T>,
  data: unknown,
  code: ParseErrorCode,
  what: string,
): ParseResult<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) {
    return { ok: true, value: parsed.data };
  }
  return parseFailure(
    code,
    `${what}: ${parsed.error.issues.length} issue(s)`,
    issuesOf(parsed.error),
  );
}
