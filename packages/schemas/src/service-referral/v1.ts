import { z } from 'zod';
import { ServiceKindV1 } from '../common/fragments-v1.js';
import { AgencyIdV1, InstantV1, textV1, UuidV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/** `nrm.service-referral` v1 — a request to a provider to deliver one service (FHIR Task-like). FROZEN. */
export const ServiceReferralV1 = z.strictObject({
  serviceReferralId: f(UuidV1, 'assistance', 'internal', 'Service referral id', 'Identifikator upućivanja na uslugu', 'Id the updates name.'),
  kind: f(ServiceKindV1, 'assistance', 'personal', 'Service', 'Usluga', 'Service requested.'),
  provider: f(AgencyIdV1, 'assistance', 'internal', 'Provider', 'Pružalac', 'Provider asked to deliver it.'),
  chosenByPerson: f(z.boolean(), 'assistance', 'internal', 'Chosen by the person', 'Izbor lica', 'The person chose this provider.'),
  urgency: f(z.enum(['routine', 'urgent', 'emergency']), 'assistance', 'internal', 'Urgency', 'Hitnost', 'How soon the service is needed.'),
  requestedAt: f(InstantV1, 'assistance', 'internal', 'Requested at', 'Vreme zahteva', 'When the service was requested.'),
  consentRef: f(UuidV1, 'process', 'internal', 'Consent', 'Pristanak', 'Informed consent to the service.'),
  note: f(textV1(2000).optional(), 'assistance', 'personal', 'Note', 'Napomena', 'What the provider needs to know.'),
});
export type ServiceReferralV1 = z.infer<typeof ServiceReferralV1>;
