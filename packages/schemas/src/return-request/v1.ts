import { z } from 'zod';
import { ServiceKindV1 } from '../common/fragments-v1.js';
import { AgencyIdV1, CalendarDateV1, CountryCodeV1, InstantV1, textV1, uniqueArrayV1, UuidV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/**
 * `nrm.return-request` v1 — assisted return to the country of origin, voluntary and safe;
 * a child's return always cites a risk assessment (CoE Convention art. 16.7). FROZEN.
 */
export const ReturnRequestV1 = z.strictObject({
  requestId: f(UuidV1, 'process', 'internal', 'Request id', 'Identifikator zahteva', 'Id of the return request.'),
  destinationCountry: f(CountryCodeV1, 'migration', 'personal', 'Destination', 'Odredište', 'Country of return.'),
  receivingPartner: f(AgencyIdV1, 'process', 'internal', 'Receiving partner', 'Partner koji prihvata', 'Partner receiving the person.'),
  voluntary: f(z.boolean(), 'migration', 'personal', 'Voluntary', 'Dobrovoljno', 'The person asked to return.'),
  riskAssessmentId: f(UuidV1.optional(), 'process', 'internal', 'Risk assessment', 'Procena rizika', 'Risk assessment relied on; mandatory for a child.'),
  preferredDate: f(CalendarDateV1.optional(), 'migration', 'personal', 'Preferred date', 'Željeni datum', 'Date the person prefers.'),
  reintegrationServices: f(uniqueArrayV1(ServiceKindV1, 0, 15), 'assistance', 'personal', 'Reintegration services', 'Usluge reintegracije', 'Services needed after return.'),
  requestedAt: f(InstantV1, 'process', 'internal', 'Requested at', 'Vreme zahteva', 'When the return was requested.'),
  note: f(textV1(2000).optional(), 'assistance', 'personal', 'Note', 'Napomena', 'What the receiving partner needs to know.'),
});
export type ReturnRequestV1 = z.infer<typeof ReturnRequestV1>;
