import { z } from 'zod';
import { CountryCode } from '../country.js';
import { AgencyId } from '../ids.js';
import { AgencyKind } from './agency-kind.js';

/**
 * An agency taking part in the NRM. A CSW lists the municipalities it is competent for, so
 * a child referral can be routed to "the competent CSW" (DOMAIN.md "Children").
 */
export const Agency = z.object({
  id: AgencyId,
  name: z.string().min(1).max(200),
  kind: AgencyKind,
  jurisdiction: CountryCode,
  /** Municipality codes this agency is territorially competent for (CSWs, police units). */
  competentAreas: z.array(z.string().min(1).max(64)).max(500).default([]),
});
export type Agency = z.infer<typeof Agency>;

/** The competent CSW for an area, if the directory has exactly one. */
export function competentCsw(agencies: readonly Agency[], area: string): Agency | undefined {
  const matches = agencies.filter((a) => a.kind === 'csw' && a.competentAreas.includes(area));
  return matches.length === 1 ? matches[0] : undefined;
}
