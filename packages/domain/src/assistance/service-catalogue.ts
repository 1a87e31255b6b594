import { z } from 'zod';
import { AgencyId } from '../ids.js';
import { ServiceKind } from './service-kind.js';

/**
 * One offer in the service catalogue: which agency provides which service, where, and in
 * which languages. The person chooses among offers (DOMAIN.md: "the person may choose
 * services and provider"), so the catalogue lists every provider, not one per service.
 */
export const ServiceOffering = z.object({
  kind: ServiceKind,
  provider: AgencyId,
  /**
   * Licensed social-protection service (seed L162-164: NGOs license their services at their
   * own cost). Shown to the person; it does not rank offers, since in Serbia there is "no
   * public funding of NGOs, even if they provide licensed services" (L168).
   */
  licensed: z.boolean(),
  /** Municipality codes served; empty means nationwide. */
  areas: z.array(z.string().min(1).max(64)).max(500).default([]),
  /** ISO 639 codes the service can be delivered in without an interpreter. */
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, 'ISO 639 language code'))
    .max(20)
    .default([]),
  /** Whether children are accepted (child-specific shelters, child psychologists). */
  acceptsChildren: z.boolean().default(false),
});
export type ServiceOffering = z.infer<typeof ServiceOffering>;

export const ServiceCatalogue = z.array(ServiceOffering).max(10_000);
export type ServiceCatalogue = z.infer<typeof ServiceCatalogue>;

export interface ProviderQuery {
  readonly kind: ServiceKind;
  /** Municipality where the person is; offers restricted to other areas are left out. */
  readonly area?: string;
  readonly forChild?: boolean;
}

/**
 * The offers a person can choose from for a service, in catalogue order: the person
 * chooses, and nothing in the seed report ranks licensed offers first (funding does not
 * follow the licence, L168).
 */
export function providersFor(
  catalogue: readonly ServiceOffering[],
  query: ProviderQuery,
): readonly ServiceOffering[] {
  const { kind, area, forChild = false } = query;
  return catalogue.filter(
    (o) =>
      o.kind === kind &&
      (area === undefined || o.areas.length === 0 || o.areas.includes(area)) &&
      (!forChild || o.acceptsChildren),
  );
}
