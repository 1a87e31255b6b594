import { z } from 'zod';
import { AgencyId } from '../ids.js';

/**
 * A professional acting in the procedure (case worker, drafter, approving senior official,
 * panel member), by a staff id local to their agency. Never a name: the id is what the
 * independence and four-eyes checks compare.
 */
export const Official = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'an official id is a lower-case staff slug'),
  agency: AgencyId,
});
export type Official = z.infer<typeof Official>;

export const sameOfficial = (a: Official, b: Official): boolean =>
  a.id === b.id && a.agency === b.agency;
