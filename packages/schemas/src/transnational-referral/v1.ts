import { z } from 'zod';
import { EvidenceKindV1, ExploitationFormV1, ServiceKindV1 } from '../common/fragments-v1.js';
import { AgencyIdV1, CalendarDateV1, CountryCodeV1, InstantV1, textV1, uniqueArrayV1, UuidV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/**
 * `nrm.transnational-referral` v1 — a foreign partner refers a victim across a border with
 * the foreign identification and evidence, the services requested, the risk assessment and
 * consent for each onward disclosure. FROZEN.
 */
export const TransnationalReferralV1 = z.strictObject({
  referralId: f(UuidV1, 'process', 'internal', 'Referral id', 'Identifikator upućivanja', 'Id of this transnational referral.'),
  sendingCountry: f(CountryCodeV1, 'location', 'internal', 'Sending country', 'Zemlja pošiljalac', 'Country of the referring partner.'),
  receivingCountry: f(CountryCodeV1, 'location', 'internal', 'Receiving country', 'Zemlja primalac', 'Country asked to take over.'),
  foreignIdentification: f(
    z.strictObject({
      identifiedBy: f(AgencyIdV1, 'process', 'internal', 'Identified by', 'Identifikovao', 'Foreign NGO or authority that identified the person.'),
      identifiedOn: f(CalendarDateV1, 'process', 'internal', 'Identified on', 'Datum identifikacije', 'Date of the foreign identification.'),
      byNgo: f(z.boolean(), 'process', 'internal', 'Identified by an NGO', 'Identifikovala organizacija civilnog društva', 'Identified by an NGO without police involvement.'),
      criminalCase: f(
        z.enum(['none', 'ongoing', 'dismissed', 'conviction', 'unknown']),
        'criminal-proceedings',
        'special',
        'Criminal case abroad',
        'Krivični postupak u inostranstvu',
        'State of the criminal case abroad; status does not depend on it.',
      ),
    }),
    'process',
    'internal',
    'Foreign identification',
    'Identifikacija u inostranstvu',
    'Identification made abroad.',
  ),
  exploitationForms: f(uniqueArrayV1(ExploitationFormV1, 1, 9), 'exploitation', 'personal', 'Forms of exploitation', 'Oblici eksploatacije', 'Forms of exploitation established abroad.'),
  evidence: f(uniqueArrayV1(EvidenceKindV1, 0, 9), 'exploitation', 'personal', 'Evidence', 'Dokazi', 'Kinds of evidence the partner holds.'),
  evidenceSummary: f(textV1(8000), 'exploitation', 'personal', 'Evidence summary', 'Sažetak dokaza', 'What the evidence shows.'),
  requestedServices: f(uniqueArrayV1(ServiceKindV1, 0, 15), 'assistance', 'personal', 'Requested services', 'Tražene usluge', 'Services requested on arrival.'),
  riskAssessmentId: f(UuidV1.optional(), 'process', 'internal', 'Risk assessment', 'Procena rizika', 'Return risk assessment relied on.'),
  onwardConsentRefs: f(uniqueArrayV1(UuidV1, 1, 20), 'process', 'internal', 'Consents to onward disclosure', 'Pristanci za dalje deljenje', 'Consent for each onward disclosure.'),
  sentAt: f(InstantV1, 'process', 'internal', 'Sent at', 'Vreme slanja', 'When the referral was sent.'),
});
export type TransnationalReferralV1 = z.infer<typeof TransnationalReferralV1>;
