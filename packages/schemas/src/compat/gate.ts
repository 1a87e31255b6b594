import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { versionKey, type VersionKey } from '../json-schema-gen/artefacts.js';
import { classifyChanges, isBreaking, type SchemaChange } from './classify.js';
import { applyDialectErrata } from './dialect-errata.js';

/** Lock of released versions: version key → `sha256:<hex>` of the committed snapshot text. */
export const RELEASED_LOCK_PATH = 'json-schema/released.json';

export type GateProblemCode =
  | 'SNAPSHOT_MISSING'
  | 'SNAPSHOT_OUT_OF_DATE'
  | 'RELEASED_SNAPSHOT_CHANGED'
  | 'RELEASED_VERSION_REMOVED'
  | 'BREAKING_CHANGE_WITHOUT_MIGRATION'
  | 'VERSION_GAP'
  | 'ERRATA_NOT_MEANING_PRESERVING'
  | 'ERRATA_OF_UNRELEASED_VERSION';

export interface GateProblem {
  readonly code: GateProblemCode;
  readonly key: VersionKey;
  readonly message: string;
  readonly changes?: readonly SchemaChange[];
}

export interface GateInput {
  readonly catalogue: Iterable<MessageTypeDefinition>;
  /** JSON Schema text the source generates now. */
  readonly generated: ReadonlyMap<VersionKey, string>;
  /** JSON Schema text committed in the package. */
  readonly committed: ReadonlyMap<VersionKey, string>;
  /** The released lock. */
  readonly released: Readonly<Record<string, string>>;
  /** Version key → digest of a snapshot revised by a dialect errata (`dialect-errata.ts`). */
  readonly errata?: Readonly<Record<string, string>>;
  /** JSON Schema text the source generates with ECMA-262-only patterns, as released before the errata. */
  readonly generatedBeforeErrata?: ReadonlyMap<VersionKey, string>;
  /** `sha256:<hex>` of a text (injected: the package stays free of Node built-ins). */
  readonly sha256: (text: string) => string;
}

const parse = (text: string): Record<string, unknown> =>
  JSON.parse(text) as Record<string, unknown>;

/**
 * The compatibility gate. A released version is frozen: its committed snapshot must hash to
 * the lock and the source must still generate exactly it — or, for a version a dialect errata
 * revised, the source must still generate the released text and the snapshot must be that
 * text with the errata applied, hashing to the errata's digest. Each new version is compared with
 * the previous one; if the change is breaking, an upgrade from the previous version must
 * exist (versions are majors: a breaking change needs a new version and a migration).
 */
export function checkCompatibility(input: GateInput): GateProblem[] {
  const problems: GateProblem[] = [];
  const known = new Set<string>();
  for (const definition of input.catalogue) {
    const versions = Object.keys(definition.versions)
      .map(Number)
      .sort((a, b) => a - b);
    versions.forEach((v, i) => {
      const key = versionKey(definition.type, v);
      known.add(key);
      if (v !== i + 1) {
        problems.push({
          code: 'VERSION_GAP',
          key,
          message: `${definition.type} versions must be 1, 2, … without gaps`,
        });
      }
      const generated = input.generated.get(key);
      const committed = input.committed.get(key);
      const lockHash = input.released[key];
      if (committed === undefined) {
        problems.push({
          code: 'SNAPSHOT_MISSING',
          key,
          message: `no committed snapshot for ${key}; run the generate script`,
        });
      } else if (generated !== undefined && generated !== committed) {
        problems.push({
          code: 'SNAPSHOT_OUT_OF_DATE',
          key,
          message: `the committed snapshot of ${key} differs from what the source generates`,
          changes: classifyChanges(parse(committed), parse(generated)),
        });
      }
      if (lockHash !== undefined) {
        const revised = input.errata?.[key];
        if (revised === undefined) {
          problems.push(...frozen(input, key, lockHash, { committed, generated }));
        } else {
          problems.push(...revisedByErrata(input, key, lockHash, revised, committed));
        }
      } else if (input.errata?.[key] !== undefined) {
        problems.push({
          code: 'ERRATA_OF_UNRELEASED_VERSION',
          key,
          message: `${key} has an errata but was never released; a new version needs none`,
        });
      }
      if (i > 0 && generated !== undefined) {
        const previous = input.generated.get(versionKey(definition.type, versions[i - 1]!));
        if (previous !== undefined) {
          const changes = classifyChanges(parse(previous), parse(generated));
          if (isBreaking(changes) && definition.upgrades[versions[i - 1]!] === undefined) {
            problems.push({
              code: 'BREAKING_CHANGE_WITHOUT_MIGRATION',
              key,
              message: `${key} breaks v${versions[i - 1]!} but has no upgrade from it`,
              changes: changes.filter((c) => c.breaking),
            });
          }
        }
      }
    });
  }
  for (const key of Object.keys(input.released)) {
    if (!known.has(key)) {
      problems.push({
        code: 'RELEASED_VERSION_REMOVED',
        key: key as VersionKey,
        message: `${key} was released and must stay readable`,
      });
    }
  }
  return problems;
}

/** A released version without errata: both texts must hash to the lock. */
function frozen(
  input: GateInput,
  key: VersionKey,
  lockHash: string,
  texts: { committed: string | undefined; generated: string | undefined },
): GateProblem[] {
  const problems: GateProblem[] = [];
  for (const [what, text] of [
    ['committed snapshot', texts.committed],
    ['generated schema', texts.generated],
  ] as const) {
    if (text !== undefined && input.sha256(text) !== lockHash) {
      problems.push({
        code: 'RELEASED_SNAPSHOT_CHANGED',
        key,
        message: `${key} is released; its ${what} no longer matches the released hash — add a new version instead`,
      });
    }
  }
  return problems;
}

/**
 * A released version revised by a dialect errata: the source must still generate the
 * released text (so nothing but the errata changed), the committed snapshot must be exactly
 * the errata applied to it (a rewrite that preserves the ECMA-262 meaning, see
 * `dialect-errata.ts`), and it must hash to the digest the errata recorded.
 */
function revisedByErrata(
  input: GateInput,
  key: VersionKey,
  lockHash: string,
  revised: string,
  committed: string | undefined,
): GateProblem[] {
  const original = input.generatedBeforeErrata?.get(key);
  if (original === undefined || input.sha256(original) !== lockHash) {
    return [
      {
        code: 'RELEASED_SNAPSHOT_CHANGED',
        key,
        message: `${key} is released; its source no longer generates the released schema — add a new version instead`,
      },
    ];
  }
  if (committed === undefined) {
    return [];
  }
  if (committed !== applyDialectErrata(original)) {
    return [
      {
        code: 'ERRATA_NOT_MEANING_PRESERVING',
        key,
        message: `${key}: the committed snapshot is not the dialect errata of the released schema — only pattern rewrites that keep the ECMA-262 meaning are allowed`,
        changes: classifyChanges(parse(applyDialectErrata(original)), parse(committed)),
      },
    ];
  }
  if (input.sha256(committed) !== revised) {
    return [
      {
        code: 'RELEASED_SNAPSHOT_CHANGED',
        key,
        message: `${key} is released; its committed snapshot no longer matches the errata hash`,
      },
    ];
  }
  return [];
}
