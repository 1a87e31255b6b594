import { z } from 'zod';
import { AgencyKindV1 } from '../common/fragments-v1.js';
import { AgencyIdV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';
import { ConsentRecordV1 } from './v1.js';

const ConsentDiscloserV2 = z.discriminatedUnion('by', [
  z.strictObject({
    by: z.literal('agency'),
    agency: f(
      AgencyIdV1,
      'process',
      'internal',
      'Agency',
      'Ustanova ili organizacija',
      'An agency that may disclose the data under this consent.',
    ),
  }),
  z.strictObject({
    by: z.literal('kind'),
    kind: f(
      AgencyKindV1,
      'process',
      'internal',
      'Kind of agency',
      'Vrsta ustanove ili organizacije',
      'Every agency of this kind may disclose the data under this consent.',
    ),
  }),
]);

/**
 * `nrm.consent-record` v2 — v1 plus `disclosers`: who besides the controller the person
 * agreed may rely on the consent to disclose. An empty list means only the controller, which
 * is also how a v1 consent is read (upgrade: `disclosers: []`). FROZEN once released.
 */
export const ConsentRecordV2 = z.strictObject({
  ...ConsentRecordV1.shape,
  disclosers: f(
    z.array(ConsentDiscloserV2).max(50),
    'process',
    'internal',
    'Also disclosed by',
    'Podatke mogu deliti i',
    'Agencies, or kinds of agency, besides the controller that may share the data under this consent; empty: only the controller.',
  ),
});
export type ConsentRecordV2 = z.infer<typeof ConsentRecordV2>;
