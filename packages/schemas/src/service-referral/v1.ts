import { z } from 'zod';
import { ConsentGiverV1, ServiceKindV1 } from '../common/fragments-v1.js';
import {
  AgencyIdV1,
  CasePseudonymV1,
  InstantV1,
  SubjectPseudonymV1,
  textV1,
} from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/** FHIR Task statuses, one to one. */
export const ServiceReferralStatusV1 = z.enum([
  'requested',
  'accepted',
  'rejected',
  'in-progress',
  'completed',
  'cancelled',
]);
/** `[0-9A-Za-z_-]{8,64}`: minted by the requesting agency. */
export const ServiceReferralIdV1 = z.string().regex(/^[0-9A-Za-z_-]{8,64}$/);

export const ServiceReferralHistoryEntryV1 = z.strictObject({
  status: f(
    ServiceReferralStatusV1,
    'assistance',
    'internal',
    'Status',
    'Status',
    'Status reached.',
  ),
  at: f(InstantV1, 'assistance', 'internal', 'At', 'Vreme', 'When it was reached.'),
  by: f(AgencyIdV1, 'assistance', 'internal', 'By', 'Od strane', 'Agency that changed the status.'),
  reason: f(
    textV1(2000).optional(),
    'assistance',
    'personal',
    'Reason',
    'Razlog',
    'Why it was rejected or cancelled.',
  ),
});

/**
 * `nrm.service-referral` v1 — a request to a provider to deliver one service, with the
 * informed consent and the person's choice of provider (FHIR Task-like). FROZEN.
 */
export const ServiceReferralV1 = z.strictObject({
  id: f(
    ServiceReferralIdV1,
    'assistance',
    'internal',
    'Service referral id',
    'Identifikator upućivanja na uslugu',
    'Id the updates name.',
  ),
  case: f(CasePseudonymV1, 'process', 'internal', 'Case', 'Slučaj', 'Pseudonym of the case.'),
  subject: f(
    SubjectPseudonymV1,
    'identity',
    'internal',
    'Subject',
    'Lice',
    'Pseudonym of the person.',
  ),
  service: f(ServiceKindV1, 'assistance', 'personal', 'Service', 'Usluga', 'Service requested.'),
  requester: f(
    AgencyIdV1,
    'assistance',
    'internal',
    'Requester',
    'Podnosilac zahteva',
    'Agency requesting the service.',
  ),
  provider: f(
    AgencyIdV1,
    'assistance',
    'internal',
    'Provider',
    'Pružalac',
    'Provider asked to deliver it.',
  ),
  consent: f(
    z.strictObject({
      informed: f(
        z.literal(true),
        'assistance',
        'internal',
        'Informed',
        'Informisan',
        'The person was informed before consenting.',
      ),
      givenBy: f(ConsentGiverV1, 'assistance', 'internal', 'Given by', 'Dao', 'Who consented.'),
      givenAt: f(
        InstantV1,
        'assistance',
        'internal',
        'Given at',
        'Vreme davanja',
        'When consent was given.',
      ),
    }),
    'assistance',
    'internal',
    'Informed consent',
    'Informisani pristanak',
    'Assistance is given with informed consent.',
  ),
  providerChoice: f(
    z.strictObject({
      chosenBy: f(
        z.enum(['subject', 'guardian', 'case-manager']),
        'assistance',
        'internal',
        'Chosen by',
        'Izabrao',
        'Who chose the provider.',
      ),
      alternativesOffered: f(
        z.int().min(0).max(100),
        'assistance',
        'internal',
        'Alternatives offered',
        'Ponuđene alternative',
        'How many other providers were offered.',
      ),
    }),
    'assistance',
    'internal',
    'Choice of provider',
    'Izbor pružaoca',
    'The person may choose services and provider.',
  ),
  status: f(
    ServiceReferralStatusV1,
    'assistance',
    'internal',
    'Status',
    'Status',
    'Current status.',
  ),
  history: f(
    z.array(ServiceReferralHistoryEntryV1).min(1),
    'assistance',
    'personal',
    'History',
    'Istorija',
    'Every status change so far.',
  ),
});
export type ServiceReferralV1 = z.infer<typeof ServiceReferralV1>;
