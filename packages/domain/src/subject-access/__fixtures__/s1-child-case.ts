import { Agency } from '../../agency/agency.js';
import type { DisclosureParty, DisclosureRequest } from '../../consent/consent-evaluation.js';
import { evaluateDisclosure } from '../../consent/consent-evaluation.js';
import { ConsentRecord } from '../../consent/consent-record.js';
import type { DataCategory, Purpose } from '../../data-protection/vocabulary.js';
import type { SubjectPseudonym } from '../../ids.js';
import { addDays } from '../../time.js';
import { SERBIA } from '../../jurisdiction/serbia.js';
import { SERBIA_LAWFUL_BASIS_POLICY } from '../../lawful-basis/serbia-policy.js';
import { ErasureLogEntry } from '../../retention/erasure.js';
import { DisclosureRecord } from '../disclosure-record.js';
import { disclosureRecordOf } from '../record-decision.js';

/**
 * SCENARIOS.md S1 as the transparency log would hold it: two brothers referred by the
 * Belgrade police on the mandatory child referral; the CSW is their guardian and consents
 * for CPTV to what it shares beyond that minimum. Every allowed or denied
 * record comes from the real consent evaluation, not from hand-written outcomes.
 */
export const OLDER_BROTHER = 'sub_OlderBrother00000014' as SubjectPseudonym;
export const YOUNGER_BROTHER = 'sub_YoungerBrother000008' as SubjectPseudonym;

export const AGENCIES: readonly Agency[] = [
  {
    id: 'rs.police.belgrade-thb',
    name: 'Policijska uprava za grad Beograd – Odeljenje za suzbijanje trgovine ljudima',
    kind: 'police',
  },
  { id: 'rs.cptv', name: 'Centar za zaštitu žrtava trgovine ljudima', kind: 'competent-authority' },
  { id: 'rs.csw.belgrade', name: 'Gradski centar za socijalni rad u Beogradu', kind: 'csw' },
  { id: 'rs.prosecutor.belgrade', name: 'Više javno tužilaštvo u Beogradu', kind: 'prosecutor' },
].map((a) => Agency.parse({ ...a, jurisdiction: 'RS' }));

const party = (id: string): DisclosureParty => {
  const a = AGENCIES.find((x) => x.id === id);
  if (a === undefined) {
    throw new Error(`fixture agency ${id} missing`);
  }
  return { id: a.id, kind: a.kind };
};
const POLICE = party('rs.police.belgrade-thb');
const CPTV = party('rs.cptv');
const CSW = party('rs.csw.belgrade');
const PROSECUTOR = party('rs.prosecutor.belgrade');

export const D0 = '2026-04-06T08:00:00.000Z';
const day = (n: number, hour = 0): string => addDays(D0, n + hour / 24);

const consentFor = (subject: SubjectPseudonym, n: number): ConsentRecord =>
  ConsentRecord.parse({
    id: `0190a6f1-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
    subject,
    controller: 'rs.csw.belgrade',
    givenBy: 'guardian',
    recipients: [{ by: 'agency', agency: 'rs.cptv' }],
    purposes: ['identification', 'assistance'],
    categories: ['identity', 'family', 'exploitation', 'health'],
    validFrom: D0,
    language: 'sr',
    formVersion: 'rs-2026-1',
    obtainedAt: D0,
  });
export const OLDER_CONSENT = consentFor(OLDER_BROTHER, 1);
export const YOUNGER_CONSENT = consentFor(YOUNGER_BROTHER, 2);
export const CONSENTS: readonly ConsentRecord[] = [OLDER_CONSENT, YOUNGER_CONSENT];

let sequence = 0;
const messageId = (): string => `0196f000-0000-7000-8000-${String(++sequence).padStart(12, '0')}`;

interface Send {
  readonly id: string;
  readonly type: string;
  readonly subject: SubjectPseudonym;
  readonly from: DisclosureParty;
  readonly to: DisclosureParty;
  readonly purpose: Purpose;
  readonly categories: readonly DataCategory[];
  readonly at: string;
  /** Hours after `at` the recipient fetched and acknowledged it. */
  readonly deliveredAfterHours?: number;
}

function decided(s: Send): DisclosureRecord {
  const request: DisclosureRequest = {
    sender: s.from,
    recipient: s.to,
    subject: { pseudonym: s.subject, isChild: true },
    purpose: s.purpose,
    categories: s.categories,
    messageType: s.type,
    at: s.at,
    consents: CONSENTS,
    withdrawals: [],
    policy: SERBIA_LAWFUL_BASIS_POLICY,
    profile: SERBIA,
  };
  const record = disclosureRecordOf({
    messageId: s.id,
    messageType: s.type,
    request,
    decision: evaluateDisclosure(request),
  });
  if (record.outcome !== 'allowed' || s.deliveredAfterHours === undefined) {
    return DisclosureRecord.parse(record);
  }
  const deliveredAt = addDays(s.at, s.deliveredAfterHours / 24);
  return DisclosureRecord.parse({
    ...record,
    deliveredAt,
    acknowledgedAt: addDays(deliveredAt, 0.25 / 24),
  });
}

const REFERRAL_CATEGORIES: readonly DataCategory[] = ['identity', 'family', 'exploitation'];

function referralOf(subject: SubjectPseudonym): DisclosureRecord[] {
  const refused = messageId();
  const accepted = messageId();
  return [
    // Step 1: sent to CPTV alone, the routing policy refuses it before any consent check.
    DisclosureRecord.parse({
      messageId: refused,
      messageType: 'nrm.referral',
      subject,
      sender: POLICE.id,
      recipient: CPTV.id,
      at: D0,
      purpose: 'identification',
      categories: REFERRAL_CATEGORIES,
      outcome: 'denied',
      reasonCode: 'route-forbidden',
      reasonDetail: 'CHILD_REFERRAL_INCLUDES_CSW',
    }),
    decided({
      id: accepted,
      type: 'nrm.referral',
      subject,
      from: POLICE,
      to: CPTV,
      purpose: 'identification',
      categories: REFERRAL_CATEGORIES,
      at: day(0, 0.5),
      deliveredAfterHours: 1,
    }),
    decided({
      id: accepted,
      type: 'nrm.referral',
      subject,
      from: POLICE,
      to: CSW,
      purpose: 'child-protection',
      categories: REFERRAL_CATEGORIES,
      at: day(0, 0.5),
      deliveredAfterHours: 2,
    }),
  ];
}

function olderBrotherAfterReferral(): DisclosureRecord[] {
  const infoRequest = messageId();
  const infoResponse = messageId();
  const decision = messageId();
  const notice = messageId();
  return [
    // Step 2: CPTV asks the CSW and the police; health may not go to the police.
    decided({
      id: infoRequest,
      type: 'nrm.info-request',
      subject: OLDER_BROTHER,
      from: CPTV,
      to: CSW,
      purpose: 'assistance',
      categories: ['identity', 'family', 'process'],
      at: day(2),
      deliveredAfterHours: 3,
    }),
    decided({
      id: infoRequest,
      type: 'nrm.info-request',
      subject: OLDER_BROTHER,
      from: CPTV,
      to: POLICE,
      purpose: 'legal-proceedings',
      categories: ['identity', 'health', 'process'],
      at: day(2),
    }),
    // The CSW answers CPTV beyond the referral minimum, on the consent it recorded as guardian.
    decided({
      id: infoResponse,
      type: 'nrm.info-response',
      subject: OLDER_BROTHER,
      from: CSW,
      to: CPTV,
      purpose: 'assistance',
      categories: ['identity', 'family', 'exploitation'],
      at: day(3),
      deliveredAfterHours: 2,
    }),
    // Step 3: the identification decision to the CSW and the police.
    decided({
      id: decision,
      type: 'nrm.identification-decision',
      subject: OLDER_BROTHER,
      from: CPTV,
      to: CSW,
      purpose: 'child-protection',
      categories: ['identity', 'process'],
      at: day(10),
      deliveredAfterHours: 1,
    }),
    decided({
      id: decision,
      type: 'nrm.identification-decision',
      subject: OLDER_BROTHER,
      from: CPTV,
      to: POLICE,
      purpose: 'legal-proceedings',
      categories: ['identity', 'exploitation', 'process'],
      at: day(10),
      deliveredAfterHours: 4,
    }),
    // Step 4: the prosecutor informs the guardian CSW of the proceedings; not yet fetched.
    decided({
      id: notice,
      type: 'nrm.proceedings-notice',
      subject: OLDER_BROTHER,
      from: PROSECUTOR,
      to: CSW,
      purpose: 'child-protection',
      categories: ['identity', 'process'],
      at: day(14),
    }),
  ];
}

/** The whole log for both brothers, deliberately interleaved and out of order. */
export const S1_DISCLOSURES: readonly DisclosureRecord[] = (() => {
  const older = [...referralOf(OLDER_BROTHER), ...olderBrotherAfterReferral()];
  const younger = referralOf(YOUNGER_BROTHER);
  return [...older.slice(3), ...younger, ...older.slice(0, 3)];
})();

export const GENERATED_AT = day(20);

/**
 * Day 19: the guardian asks to erase the older brother's data. One delivered referral goes;
 * a message CPTV has not fetched, the consent still in force and the log stay.
 */
export const S1_ERASURE: ErasureLogEntry = ErasureLogEntry.parse({
  kind: 'erasure',
  requestId: '0196f000-0000-7000-8000-0000000e0001',
  subject: OLDER_BROTHER,
  requestedBy: 'guardian',
  recordedBy: 'rs.csw.belgrade',
  receivedAt: day(19),
  at: day(19, 2),
  policy: { id: 'rs-retention', version: 1 },
  deleted: [
    {
      item: { kind: 'ciphertext', messageId: '0196f000-0000-7000-8000-000000000002' },
      reason: 'erasure-request',
    },
  ],
  kept: [
    {
      item: { kind: 'ciphertext', messageId: '0196f000-0000-7000-8000-0000000000f1' },
      reason: 'awaiting-delivery',
      until: day(49),
    },
    { item: { kind: 'consent-evidence', consentId: OLDER_CONSENT.id }, reason: 'consent-in-force' },
    { item: { kind: 'transparency-log' }, reason: 'pseudonymous-log' },
  ],
});
