import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { versionKey, type VersionKey } from '../json-schema-gen/artefacts.js';
import { classifyChanges, isBreaking, type SchemaChange } from './classify.js';

/** Lock of released versions: version key → `sha256:<hex>` of the committed snapshot text. */
export const RELEASED_LOCK_PATH = 'json-schema/released.json';

export type GateProblemCode =
  | 'SNAPSHOT_MISSING'
  | 'SNAPSHOT_OUT_OF_DATE'
  | 'RELEASED_SNAPSHOT_CHANGED'
  | 'RELEASED_VERSION_REMOVED'
  | 'BREAKING_CHANGE_WITHOUT_MIGRATION'
  | 'VERSION_GAP';

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
  /** `sha256:<hex>` of a text (injected: the package stays free of Node built-ins). */
  readonly sha256: (text: string) => string;
}

const parse = (text: string): Record<string, unknown> =>
  JSON.parse(text) as Record<string, unknown>;

/**
 * The compatibility gate. A released version is frozen: its committed snapshot must hash to
 * the lock and the source must still generate exactly it. Each new version is compared with
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
        for (const [what, text] of [
          ['committed snapshot', committed],
          ['generated schema', generated],
        ] as const) {
          if (text !== undefined && input.sha256(text) !== lockHash) {
            problems.push({
              code: 'RELEASED_SNAPSHOT_CHANGED',
              key,
              message: `${key} is released; its ${what} no longer matches the released hash — add a new version instead`,
            });
          }
        }
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
