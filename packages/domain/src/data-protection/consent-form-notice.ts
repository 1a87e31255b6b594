import { z } from 'zod';
import { AgencyId } from '../ids.js';

/**
 * What a consent form tells the person, per form version (consent records name the
 * `formVersion` they were given on). The report asks for a consent form that ensures the
 * person "a. have access to their files and documents that concern them; b. are informed
 * about how their data are processed and stored; and c. are informed about what information
 * will be shared and with whom" (seed L395-400). Each is a required part: a form version
 * without one does not parse. Whether a disclosure is allowed is the consent evaluation's
 * business, not this notice's.
 */
export const ConsentFormNotice = z.object({
  formVersion: z.string().min(1).max(64),
  /** BCP 47 language the notice is written in. */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  /** (a) How the person sees their own file and documents, and whom to ask. */
  accessToOwnFile: z.object({
    ask: AgencyId,
    how: z.string().min(1).max(2000),
  }),
  /** (b) How the data are processed and stored, and for how long. */
  processingAndStorage: z.string().min(1).max(4000),
  /** (c) What information is shared, with whom. */
  sharing: z
    .array(
      z.object({
        what: z.string().min(1).max(500),
        withWhom: z.string().min(1).max(500),
      }),
    )
    .min(1)
    .max(50),
});
export type ConsentFormNotice = z.infer<typeof ConsentFormNotice>;
