import { schemaFileText, type VersionKey } from '../json-schema-gen/artefacts.js';
import { PORTABLE_END, withPortablePatterns } from '../json-schema-gen/portable-pattern.js';

/**
 * A dialect errata revises released snapshots without changing what they mean under
 * JSON Schema's own regular-expression dialect (ECMA-262): only their `pattern` strings are
 * rewritten, by rules that are identities of ECMA-262, so that other dialects (Python `re`)
 * read them the same. The released digests stay as they were; the errata file records the
 * digest of each revised snapshot, and the compatibility gate checks that the revised text
 * is exactly the errata applied to the text the frozen source still generates (ADR 0006).
 */
export const ERRATA_PATH = 'json-schema/errata.json';

export interface DialectErrata {
  /** The ADR that decided it. */
  readonly decision: string;
  /** The rewrites, for a human reader; {@link applyDialectErrata} is what is applied. */
  readonly rewrites: readonly string[];
  /** Version key → `sha256:<hex>` of the revised snapshot. */
  readonly revised: Readonly<Record<VersionKey, string>>;
}

/** `json-schema/errata.json`: errata name → errata. */
export type ErrataFile = Readonly<Record<string, DialectErrata>>;

export const DIALECT_ERRATA_1 = 'dialect-errata-1';

export const DIALECT_ERRATA_1_REWRITES: readonly string[] = [
  '\\d → [0-9] (0-9 inside a class): ECMA-262 defines \\d as exactly 0-9',
  `$ → ${PORTABLE_END}: without the m flag ECMA-262's $ is the end of input, where no "\\n" can follow`,
];

/** The errata applied to a released snapshot text. */
export const applyDialectErrata = (text: string): string =>
  schemaFileText(withPortablePatterns(JSON.parse(text) as Record<string, unknown>));

/** Version key → revised digest, over every errata in the file. */
export function revisedDigests(file: ErrataFile): Record<string, string> {
  const out: Record<string, string> = {};
  for (const errata of Object.values(file)) {
    Object.assign(out, errata.revised);
  }
  return out;
}
