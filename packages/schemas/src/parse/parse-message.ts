import { CATALOGUE } from '../catalogue/catalogue.js';
import { latestVersion, type MessageTypeDefinition } from '../catalogue/message-type.js';
import { exceedsDepth, MAX_DEPTH, MAX_PAYLOAD_BYTES, utf8Length } from './limits.js';
import { readStrictJson } from './strict-json.js';
import { parseFailure, safeParseWith, type ParseResult } from './parse-error.js';

/**
 * Untrusted input: JSON text (`string`), UTF-8 bytes (`Uint8Array`), or a value someone
 * else already parsed. Text and bytes are size-checked, then read as strict JSON (no BOM,
 * valid UTF-8, unique member names).
 */
export type UntrustedInput = unknown;

function decode(data: UntrustedInput): ParseResult<unknown> {
  if (data instanceof Uint8Array || typeof data === 'string') {
    // Text and bytes are read as strict JSON (strict-json.ts): one meaning per signed payload.
    const read = readStrictJson(data);
    return read.ok
      ? read
      : parseFailure(read.error.code, `payload ${read.error.message}`, read.error.issues);
  }
  // Already a value: bound its depth first (this also stops on cycles), then its size.
  if (exceedsDepth(data, MAX_DEPTH)) {
    return parseFailure('PAYLOAD_TOO_DEEP', `payload nests deeper than ${MAX_DEPTH} levels`);
  }
  let serialised: string | undefined;
  try {
    serialised = JSON.stringify(data);
  } catch {
    return parseFailure('MALFORMED_JSON', 'payload is not representable as JSON');
  }
  if (serialised === undefined) {
    return parseFailure('MALFORMED_JSON', 'payload is not representable as JSON');
  }
  if (utf8Length(serialised) > MAX_PAYLOAD_BYTES) {
    return parseFailure('PAYLOAD_TOO_LARGE', `payload exceeds ${MAX_PAYLOAD_BYTES} bytes`);
  }
  return { ok: true, value: data };
}

/** Where type definitions come from; the package's {@link CATALOGUE} unless a test swaps it. */
export type Catalogue = ReadonlyMap<string, MessageTypeDefinition>;

function definitionOf(
  catalogue: Catalogue,
  type: string,
  version: number,
): ParseResult<MessageTypeDefinition> {
  const definition = catalogue.get(type);
  if (definition === undefined) {
    return parseFailure('UNKNOWN_TYPE', `unknown message type "${type}"`);
  }
  if (!Number.isInteger(version) || definition.versions[version] === undefined) {
    return parseFailure(
      'UNKNOWN_VERSION',
      `${type} has no version ${String(version)} (known: ${Object.keys(definition.versions).join(', ')})`,
    );
  }
  return { ok: true, value: definition };
}

/**
 * Validates untrusted data as `type` version `version`. Never throws on bad data: the
 * result carries a stable code (`UNKNOWN_TYPE`, `UNKNOWN_VERSION`, `MALFORMED_JSON`,
 * `PAYLOAD_TOO_LARGE`, `PAYLOAD_TOO_DEEP`, `SCHEMA_INVALID` with every issue's path).
 */
export function parseMessage(
  type: string,
  version: number,
  data: UntrustedInput,
  catalogue: Catalogue = CATALOGUE,
): ParseResult<unknown> {
  const found = definitionOf(catalogue, type, version);
  if (!found.ok) {
    return found;
  }
  const decoded = decode(data);
  if (!decoded.ok) {
    return decoded;
  }
  const schema = found.value.versions[version]!;
  return safeParseWith(schema, decoded.value, 'SCHEMA_INVALID', `not a valid ${type} v${version}`);
}

/** A message read and upgraded to the latest version of its type. */
export interface ReadMessage {
  readonly type: string;
  /** The version it was written in. */
  readonly writtenVersion: number;
  /** The latest version, which `payload` now conforms to. */
  readonly version: number;
  readonly payload: unknown;
}

/**
 * Reads any known version of a type and upgrades it step by step to the latest, checking
 * each step against the next version's schema (`UPGRADE_FAILED` would be a bug in a migration).
 */
export function readMessage(
  type: string,
  version: number,
  data: UntrustedInput,
  catalogue: Catalogue = CATALOGUE,
): ParseResult<ReadMessage> {
  const parsed = parseMessage(type, version, data, catalogue);
  if (!parsed.ok) {
    return parsed;
  }
  const definition = catalogue.get(type)!;
  const latest = latestVersion(definition);
  let payload = parsed.value;
  for (let v = version; v < latest; v++) {
    const upgrade = definition.upgrades[v];
    if (upgrade === undefined) {
      return parseFailure('UPGRADE_FAILED', `${type} has no upgrade from v${v} to v${v + 1}`);
    }
    const next = safeParseWith(
      definition.versions[v + 1]!,
      (upgrade as (p: unknown) => unknown)(payload),
      'UPGRADE_FAILED',
      `upgrade of ${type} v${v} to v${v + 1} produced an invalid payload`,
    );
    if (!next.ok) {
      return next;
    }
    payload = next.value;
  }
  return { ok: true, value: { type, writtenVersion: version, version: latest, payload } };
}
