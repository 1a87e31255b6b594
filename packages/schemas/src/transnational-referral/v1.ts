import { z } from 'zod';
import { ConsentGiverV1, ServiceKindV1 } from '../common/fragments-v1.js';
import {
  AgencyIdV1,
  CountryCodeV1,
  DataCategoryV1,
  InstantV1,
  PurposeV1,
  SubjectPseudonymV1,
  textV1,
  uniqueArrayV1,
} from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';
import { RiskAssessmentV1 } from '../risk-assessment/v1.js';

const ForeignIdentificationV1 = z.strictObject({
  identifiedBy: f(
    AgencyIdV1,
    'process',
    'internal',
    'Identified by',
    'Identifikovao',
    'Foreign NGO or authority that identified the person.',
  ),
  identifiedAt: f(
    InstantV1,
    'process',
    'internal',
    'Identified at',
    'Vreme identifikacije',
    'When the person was identified abroad.',
  ),
  identifyingBody: f(
    z.enum(['ngo', 'authority']),
    'process',
    'internal',
    'Identifying body',
    'Telo koje je identifikovalo',
    'An NGO (without police) or an authority.',
  ),
  basis: f(
    z.array(textV1(500)).min(1).max(50),
    'exploitation',
    'personal',
    'Basis',
    'Osnov',
    'What the identification rests on.',
  ),
  criminalCase: f(
    z.enum(['none', 'pending', 'dismissed', 'convicted', 'unknown']),
    'criminal-proceedings',
    'special',
    'Criminal case abroad',
    'Krivični postupak u inostranstvu',
    'State of the criminal case abroad; the status does not depend on it.',
  ),
});

const OnwardDisclosureConsentV1 = z.strictObject({
  from: f(AgencyIdV1, 'process', 'internal', 'From', 'Od', 'Recipient that may pass the data on.'),
  to: f(AgencyIdV1, 'process', 'internal', 'To', 'Ka', 'Agency it may pass the data to.'),
  purposes: f(
    z.array(PurposeV1).min(1).max(6),
    'process',
    'public',
    'Purposes',
    'Svrhe',
    'Purposes of the onward disclosure.',
  ),
  categories: f(
    uniqueArrayV1(DataCategoryV1, 1, 12),
    'process',
    'internal',
    'Data categories',
    'Kategorije podataka',
    'Categories it may pass on.',
  ),
  givenBy: f(ConsentGiverV1, 'process', 'internal', 'Given by', 'Dao', 'Who consented.'),
  givenAt: f(
    InstantV1,
    'process',
    'internal',
    'Given at',
    'Vreme davanja',
    'When consent was given.',
  ),
});

/**
 * `nrm.transnational-referral` v1 — a victim referred across a border with the foreign
 * identification and evidence, the services requested, the return risk assessment and
 * consent for each onward disclosure. FROZEN.
 */
export const TransnationalReferralV1 = z.strictObject({
  sender: f(AgencyIdV1, 'process', 'internal', 'Sender', 'Pošiljalac', 'Referring partner.'),
  senderCountry: f(
    CountryCodeV1,
    'location',
    'internal',
    'Sender country',
    'Zemlja pošiljaoca',
    'Country of the referring partner.',
  ),
  recipients: f(
    z.array(AgencyIdV1).min(1).max(20),
    'process',
    'internal',
    'Recipients',
    'Primaoci',
    'Agencies asked to take over.',
  ),
  subject: f(
    SubjectPseudonymV1,
    'identity',
    'internal',
    'Subject',
    'Lice',
    'Pseudonym of the person.',
  ),
  sentAt: f(
    InstantV1,
    'process',
    'internal',
    'Sent at',
    'Vreme slanja',
    'When the referral was sent.',
  ),
  foreignIdentification: f(
    ForeignIdentificationV1,
    'process',
    'personal',
    'Foreign identification',
    'Identifikacija u inostranstvu',
    'Identification made abroad.',
  ),
  evidenceSummary: f(
    textV1(20000),
    'exploitation',
    'personal',
    'Evidence summary',
    'Sažetak dokaza',
    'What the evidence shows.',
  ),
  requestedServices: f(
    z.array(ServiceKindV1).min(1).max(20),
    'assistance',
    'personal',
    'Requested services',
    'Tražene usluge',
    'Services requested on arrival.',
  ),
  returnRiskAssessment: f(
    RiskAssessmentV1,
    'exploitation',
    'personal',
    'Return risk assessment',
    'Procena rizika povratka',
    'Risk assessment of the return.',
  ),
  onwardDisclosureConsents: f(
    z.array(OnwardDisclosureConsentV1).max(50),
    'process',
    'internal',
    'Onward disclosure consents',
    'Pristanci za dalje deljenje',
    'Consent for each onward disclosure.',
  ),
});
export type TransnationalReferralV1 = z.infer<typeof TransnationalReferralV1>;
