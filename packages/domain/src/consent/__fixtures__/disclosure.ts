import type { AgencyId, SubjectPseudonym } from '../../ids.js';
import { SERBIA } from '../../jurisdiction/serbia.js';
import { SERBIA_LAWFUL_BASIS_POLICY } from '../../lawful-basis/serbia-policy.js';
import type { DisclosureParty, DisclosureRequest } from '../consent-evaluation.js';
import { ConsentRecord } from '../consent-record.js';

export const ADULT = 'sub_AdultWoman0000000001' as SubjectPseudonym;
export const CHILD = 'sub_ChildBoy00000000001' as SubjectPseudonym;

const party = (id: string, kind: DisclosureParty['kind']): DisclosureParty => ({
  id: id as AgencyId,
  kind,
});
export const ASTRA = party('rs.astra', 'ngo');
export const ATINA = party('rs.atina', 'ngo');
export const CPTV = party('rs.cptv', 'competent-authority');
export const POLICE = party('rs.police.belgrade-thb', 'police');
export const PROSECUTOR = party('rs.prosecutor.belgrade', 'prosecutor');
export const CSW = party('rs.csw.belgrade', 'csw');
export const HEALTH = party('rs.health.kcs', 'health');
export const LEFOE = party('at.lefoe-ibf', 'foreign-partner');

/** SCENARIOS.md S2: self-consent to CPTV and police; identity, contact, exploitation, never health. */
export const S2_CONSENT: ConsentRecord = ConsentRecord.parse({
  id: '0190a6f1-0000-7000-8000-000000000001',
  subject: ADULT,
  controller: 'rs.astra',
  givenBy: 'self',
  recipients: [
    { by: 'agency', agency: 'rs.cptv' },
    { by: 'kind', kind: 'police' },
  ],
  purposes: ['identification', 'legal-proceedings'],
  categories: ['identity', 'contact', 'exploitation'],
  validFrom: '2026-03-01T10:00:00Z',
  validUntil: '2027-03-01T10:00:00Z',
  language: 'sr',
  formVersion: 'rs-2026-1',
  obtainedAt: '2026-03-01T10:00:00Z',
});

/** SCENARIOS.md S1: the CSW guardian consents for the child's referral to CPTV. */
export const GUARDIAN_CONSENT: ConsentRecord = ConsentRecord.parse({
  ...S2_CONSENT,
  id: '0190a6f1-0000-7000-8000-000000000002',
  subject: CHILD,
  controller: 'rs.csw.belgrade',
  givenBy: 'guardian',
  recipients: [{ by: 'agency', agency: 'rs.cptv' }],
  purposes: ['identification', 'assistance'],
  categories: ['identity', 'family', 'exploitation', 'health'],
});

export function request(over: Partial<DisclosureRequest> = {}): DisclosureRequest {
  return {
    sender: ASTRA,
    recipient: CPTV,
    subject: { pseudonym: ADULT, isChild: false },
    purpose: 'identification',
    categories: ['identity', 'exploitation'],
    at: '2026-03-03T09:00:00Z',
    consents: [S2_CONSENT],
    withdrawals: [],
    policy: SERBIA_LAWFUL_BASIS_POLICY,
    profile: SERBIA,
    ...over,
  };
}
