import type { z } from 'zod';
import type { ParseResult } from '../parse/parse-error.js';

/** Maps the latest version of a type to and from the `@nrm/domain` model. */
export interface DomainMapping<Wire, Domain> {
  /** Validates a wire payload into the domain model (brands, defaults, reference data). */
  readonly toDomain: (wire: Wire) => ParseResult<Domain>;
  /** Writes a domain value as the latest wire version; fails when it does not fit the wire. */
  readonly fromDomain: (domain: Domain) => ParseResult<Wire>;
}

/**
 * One message type: every version side by side, the upgrade chain between consecutive
 * versions, and a valid example per version (docs, agreement tests, the package smoke test).
 */
export interface MessageTypeDefinition {
  /** Wire name, e.g. `nrm.referral`. */
  readonly type: string;
  /** One line for the reference docs. */
  readonly summary: string;
  /** Version number → frozen schema. Versions are 1, 2, … without gaps. */
  readonly versions: Readonly<Record<number, z.ZodType>>;
  /** `upgrades[n]` turns a valid version-n payload into a valid version-(n+1) payload. */
  readonly upgrades: Readonly<Record<number, (previous: never) => unknown>>;
  /** A valid payload per version. */
  readonly examples: Readonly<Record<number, unknown>>;
  /**
   * Corrections to released versions that cannot change (a frozen label or description),
   * and what the next version will say instead. Rendered on the reference page.
   */
  readonly notes?: readonly string[];
  /** Mapping of the latest version to the domain model, where the domain has a counterpart. */
  readonly domain?: {
    readonly toDomain: (wire: never) => ParseResult<unknown>;
    readonly fromDomain: (domain: never) => ParseResult<unknown>;
  };
}

/** The highest version number of a type. */
export function latestVersion(definition: MessageTypeDefinition): number {
  return Math.max(...Object.keys(definition.versions).map(Number));
}
