import { readStrictJson, type ParseError } from '@nrm/schemas';
import type { z } from 'zod';
import { GatewayError } from './gateway-error.js';

// Every schema failure leaves as SCHEMA_INVALID (or its own code) with a dotted path under the
// part it concerns (`envelope.to.0`, `consentScope`, `receipt.at`). Paths may contain member
// names the client sent: they are escaped and shortened so no raw byte of a body comes back.

const MAX_SEGMENT = 64;

function segmentText(segment: PropertyKey): string {
  const text = typeof segment === 'symbol' ? (segment.description ?? 'symbol') : String(segment);
  const escaped = text.replace(/[^\x20-\x7e]|\\/g, (c) =>
    c === '\\' ? '\\\\' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escaped.length > MAX_SEGMENT ? `${escaped.slice(0, MAX_SEGMENT - 1)}…` : escaped;
}

/** `root.a.0.b` from a root and path segments; an empty root is left out. */
export function errorPath(root: string, segments: readonly PropertyKey[] = []): string {
  return [root, ...segments.map(segmentText)].filter((part) => part !== '').join('.');
}

/** The first zod issue as SCHEMA_INVALID; an unknown member is named by its path, not echoed. */
export function zodSchemaError(error: z.ZodError, root: string): GatewayError {
  const issue = error.issues[0];
  if (issue === undefined) {
    return new GatewayError('SCHEMA_INVALID', { path: errorPath(root) });
  }
  if (issue.code === 'unrecognized_keys') {
    return new GatewayError('SCHEMA_INVALID', {
      message: 'Unknown member; this object allows only the members its schema names.',
      path: errorPath(root, [...issue.path, issue.keys[0] ?? '']),
    });
  }
  const path = errorPath(root, issue.path);
  return new GatewayError(
    'SCHEMA_INVALID',
    path === '' ? { message: issue.message } : { message: issue.message, path },
  );
}

const SAME_CODE = new Set(['UNKNOWN_TYPE', 'UNKNOWN_VERSION', 'PAYLOAD_TOO_LARGE'] as const);

/**
 * A parse failure of `@nrm/schemas` under `root`: UNKNOWN_TYPE, UNKNOWN_VERSION and
 * PAYLOAD_TOO_LARGE keep their code, everything else (bad JSON, a duplicate name, too deep,
 * a schema issue) is SCHEMA_INVALID at the first issue's path. `label` names the part in
 * the message when the path root is empty (the request body).
 */
export function parseFailureError(
  error: ParseError,
  root: string,
  label: string = root,
): GatewayError {
  const code = SAME_CODE.has(error.code as never)
    ? (error.code as 'UNKNOWN_TYPE' | 'UNKNOWN_VERSION' | 'PAYLOAD_TOO_LARGE')
    : 'SCHEMA_INVALID';
  const issue = error.issues[0];
  let message: string;
  if (error.code === 'SCHEMA_INVALID' && error.issues.length > 0) {
    message = error.issues
      .slice(0, 10)
      .map((i) => `${errorPath(root, i.path)}: ${i.message}`)
      .join('; ');
  } else {
    // Parser messages name no subject ("is not valid UTF-8"); say which part it is.
    const detail = error.message.replace(/^payload /, '');
    message = /^(is|has|starts|nests|exceeds) /.test(detail) ? `${label} ${detail}.` : detail;
  }
  const path = errorPath(root, issue?.path);
  return new GatewayError(code, path === '' ? { message } : { message, path });
}

/**
 * Read a signed object's bytes (envelope, consent scope, receipt, payload) as strict JSON
 * (`@nrm/schemas` readStrictJson: no BOM, valid UTF-8, unique member names). Anything else
 * is SCHEMA_INVALID at the offending path under `root`, or PAYLOAD_TOO_LARGE over `maxBytes`.
 */
export function readSignedJson(bytes: Uint8Array, root: string, maxBytes?: number): unknown {
  const read = readStrictJson(bytes, maxBytes === undefined ? {} : { maxBytes });
  if (!read.ok) {
    throw parseFailureError(read.error, root);
  }
  return read.value;
}
