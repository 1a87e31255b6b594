import { describe, expect, it } from 'vitest';
import { onwardDisclosureConsented, TransnationalReferral } from './transnational-referral.js';

const subject = 'sub_LEFOEAAAAAAAAAAAA';
const referral = {
  sender: 'at.lefoe-ibf',
  senderCountry: 'AT',
  recipients: ['rs.cptv', 'rs.astra'],
  subject,
  sentAt: '2026-05-01T10:00:00Z',
  foreignIdentification: {
    identifiedBy: 'at.lefoe-ibf',
    identifiedAt: '2026-04-01T10:00:00Z',
    identifyingBody: 'ngo',
    basis: ['IOM indicators: debt bondage, confiscated documents'],
    criminalCase: 'dismissed',
  },
  evidenceSummary: 'Recruited in Niš with a job offer; exploited in Vienna for 8 months.',
  requestedServices: ['accommodation', 'psychosocial', 'legal-aid-civil'],
  returnRiskAssessment: {
    subject,
    destination: 'RS',
    assessedBy: 'at.lefoe-ibf',
    assessedAt: '2026-04-20T10:00:00Z',
    riskLevel: 'medium',
    returnAdvised: true,
    safeguards: ['met at the airport by ASTRA'],
  },
  onwardDisclosureConsents: [
    {
      from: 'rs.cptv',
      to: 'rs.csw.nis',
      purposes: ['assistance'],
      categories: ['identity', 'contact'],
      givenBy: 'self',
      givenAt: '2026-04-30T10:00:00Z',
    },
  ],
};

describe('transnational referral', () => {
  it('carries a foreign identification by an NGO even when the criminal case was dismissed', () => {
    const r = TransnationalReferral.parse(referral);
    expect(r.foreignIdentification).toMatchObject({
      identifyingBody: 'ngo',
      criminalCase: 'dismissed',
    });
  });
  it('requires evidence, requested services and a return risk assessment', () => {
    expect(TransnationalReferral.safeParse({ ...referral, evidenceSummary: '' }).success).toBe(
      false,
    );
    expect(TransnationalReferral.safeParse({ ...referral, requestedServices: [] }).success).toBe(
      false,
    );
    const { returnRiskAssessment: _r, ...withoutRisk } = referral;
    expect(TransnationalReferral.safeParse(withoutRisk).success).toBe(false);
  });
  it('refuses a risk assessment about someone else', () => {
    const other = {
      ...referral,
      returnRiskAssessment: { ...referral.returnRiskAssessment, subject: 'sub_OTHERAAAAAAAAAAAA' },
    };
    expect(TransnationalReferral.safeParse(other).error?.issues[0]?.path).toEqual([
      'returnRiskAssessment',
      'subject',
    ]);
  });
  it('refuses onward consent given to an agency that is not a recipient', () => {
    const consents = [{ ...referral.onwardDisclosureConsents[0], from: 'rs.police' }];
    expect(
      TransnationalReferral.safeParse({ ...referral, onwardDisclosureConsents: consents }).error
        ?.issues[0]?.path,
    ).toEqual(['onwardDisclosureConsents']);
  });
  it('allows an onward disclosure only for the consented pair, purpose and categories', () => {
    const r = TransnationalReferral.parse(referral);
    const d = {
      from: 'rs.cptv',
      to: 'rs.csw.nis',
      purpose: 'assistance',
      categories: ['identity'],
    } as const;
    expect(onwardDisclosureConsented(r, d)).toBe(true);
    expect(onwardDisclosureConsented(r, { ...d, categories: ['identity', 'health'] })).toBe(false);
    expect(onwardDisclosureConsented(r, { ...d, purpose: 'legal-proceedings' })).toBe(false);
    expect(onwardDisclosureConsented(r, { ...d, to: 'rs.police' })).toBe(false);
    expect(onwardDisclosureConsented(r, { ...d, from: 'rs.astra' })).toBe(false);
  });
});
