import type { z } from 'zod';
import { safeParseWith, type ParseResult } from '../parse/parse-error.js';

/**
 * The mapping of a wire version whose fields mirror a domain model one to one: to the
 * domain, the domain schema adds brands, defaults and the domain's cross-field rules
 * (`DOMAIN_INVALID` when they fail); from the domain, the wire schema checks the value fits
 * the wire's bounds (`SCHEMA_INVALID`). The wire snapshot stays a copy, never an import.
 */
export function structuralMapping<Wire, Domain>(
  wire: z.ZodType<Wire>,
  domain: z.ZodType<Domain>,
  name: string,
): { toDomain: (w: Wire) => ParseResult<Domain>; fromDomain: (d: Domain) => ParseResult<Wire> } {
  return {
    toDomain: (w) =>
      safeParseWith(domain, w, 'DOMAIN_INVALID', `${name} does not fit the domain model`),
    fromDomain: (d) =>
      safeParseWith(wire, d, 'SCHEMA_INVALID', `${name} does not fit its wire schema`),
  };
}
