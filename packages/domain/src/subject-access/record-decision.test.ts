import { describe, expect, it } from 'vitest';
import { evaluateDisclosure } from '../consent/consent-evaluation.js';
import { ADULT, CPTV, HEALTH, request } from '../consent/__fixtures__/disclosure.js';
import { DisclosureRecord } from './disclosure-record.js';
import { disclosureRecordOf } from './record-decision.js';

const messageId = '0196f000-0000-7000-8000-0000000000aa';

describe('disclosureRecordOf', () => {
  it('keeps the consent basis of an allowed disclosure, and only pseudonymous facts', () => {
    const req = request();
    const record = disclosureRecordOf({
      messageId,
      messageType: 'nrm.referral',
      request: req,
      decision: evaluateDisclosure(req),
    });
    expect(DisclosureRecord.parse(record)).toEqual({
      messageId,
      messageType: 'nrm.referral',
      subject: ADULT,
      sender: 'rs.astra',
      recipient: CPTV.id,
      at: req.at,
      purpose: 'identification',
      categories: ['identity', 'exploitation'],
      outcome: 'allowed',
      basis: {
        kind: 'consent',
        lawfulBasis: 'consent',
        consentId: '0190a6f1-0000-7000-8000-000000000001',
      },
    });
  });

  it('keeps the first denial reason the gateway answers with', () => {
    const req = request({ categories: ['identity', 'health'] });
    const decision = evaluateDisclosure(req);
    expect(decision.allowed).toBe(false);
    const record = disclosureRecordOf({
      messageId,
      messageType: 'nrm.referral',
      request: req,
      decision,
    });
    expect(record).toMatchObject({ outcome: 'denied', reasonCode: 'category-not-covered' });
    expect(record.basis).toBeUndefined();
    expect(DisclosureRecord.safeParse(record).success).toBe(true);
  });

  it('records a denial for a recipient no consent and no rule covers', () => {
    const req = request({ recipient: HEALTH });
    const record = disclosureRecordOf({
      messageId,
      messageType: 'nrm.referral',
      request: req,
      decision: evaluateDisclosure(req),
    });
    expect(record).toMatchObject({ outcome: 'denied', recipient: HEALTH.id });
    expect(record.reasonCode).toBeDefined();
  });
});
