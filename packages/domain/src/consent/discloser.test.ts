import { describe, expect, it } from 'vitest';
import {
  ASTRA,
  ATINA,
  CPTV,
  CSW,
  GUARDIAN_CONSENT,
  POLICE,
  PROSECUTOR,
  request,
  S2_CONSENT,
} from './__fixtures__/disclosure.js';
import { evaluateDisclosure, permittedCategories } from './consent-evaluation.js';
import { ConsentRecord } from './consent-record.js';

/** S2's consent as a v1 scope carries it: no `disclosers` field at all. */
const { disclosers: _omitted, ...v1Shape } = S2_CONSENT;

describe('a consent names who may rely on it', () => {
  it('its controller may disclose under it', () => {
    expect(evaluateDisclosure(request({ sender: ASTRA })).allowed).toBe(true);
  });

  it('another agency is refused with discloser-not-covered, even where recipient, purpose and categories fit', () => {
    // S7 step 3: the Belgrade police cite ASTRA's consent for a disclosure to CPTV.
    const d = evaluateDisclosure(request({ sender: POLICE }));
    expect(d.allowed).toBe(false);
    expect(!d.allowed && d.reasons.map((r) => [r.detail, r.consentId])).toEqual([
      ['discloser-not-covered', S2_CONSENT.id],
    ]);
    expect(!d.allowed && d.reasons[0]?.message).toBe(
      `consent ${S2_CONSENT.id} was recorded by rs.astra and does not let rs.police.belgrade-thb (police) disclose under it`,
    );
    // Nothing may go under it: minimisation finds no category either.
    expect(permittedCategories(request({ sender: POLICE }))).toEqual([]);
  });

  it('a discloser the person agreed to, by agency or by kind, may rely on it', () => {
    const byAgency = ConsentRecord.parse({
      ...S2_CONSENT,
      disclosers: [{ by: 'agency', agency: 'rs.atina' }],
    });
    expect(evaluateDisclosure(request({ sender: ATINA, consents: [byAgency] })).allowed).toBe(true);
    expect(evaluateDisclosure(request({ sender: POLICE, consents: [byAgency] })).allowed).toBe(
      false,
    );
    const byKind = ConsentRecord.parse({
      ...S2_CONSENT,
      disclosers: [{ by: 'kind', kind: 'police' }],
    });
    expect(evaluateDisclosure(request({ sender: POLICE, consents: [byKind] }))).toMatchObject({
      allowed: true,
      basis: { kind: 'consent', consentId: S2_CONSENT.id },
    });
  });

  it('a v1 consent (no disclosers field) is read as: only its controller may rely on it', () => {
    const v1 = ConsentRecord.parse(v1Shape);
    expect(v1.disclosers).toEqual([]);
    expect(evaluateDisclosure(request({ sender: ASTRA, consents: [v1] })).allowed).toBe(true);
    const d = evaluateDisclosure(request({ sender: ATINA, consents: [v1] }));
    expect(!d.allowed && d.reasons.map((r) => r.detail)).toEqual(['discloser-not-covered']);
  });

  it("the guardian's consent recorded by the CSW does not let the police disclose beyond the legal minimum", () => {
    // The police's mandatory referral needs no consent; health is beyond its minimum, and the
    // CSW's consent is the CSW's, not the police's.
    const d = evaluateDisclosure(
      request({
        sender: POLICE,
        recipient: CPTV,
        subject: { pseudonym: GUARDIAN_CONSENT.subject, isChild: true },
        consents: [GUARDIAN_CONSENT],
        messageType: 'nrm.referral',
        categories: ['identity', 'family', 'exploitation', 'health'],
      }),
    );
    expect(!d.allowed && d.reasons.map((r) => r.detail)).toEqual([
      'category-not-covered',
      'discloser-not-covered',
    ]);
    const byCsw = evaluateDisclosure(
      request({
        sender: CSW,
        recipient: CPTV,
        subject: { pseudonym: GUARDIAN_CONSENT.subject, isChild: true },
        consents: [GUARDIAN_CONSENT],
        messageType: 'nrm.referral',
        categories: ['identity', 'family', 'exploitation', 'health'],
      }),
    );
    expect(byCsw).toMatchObject({ allowed: true, basis: { consentId: GUARDIAN_CONSENT.id } });
  });

  it('no-consent says whether none was cited or the cited ones are for someone else', () => {
    const none = evaluateDisclosure(request({ sender: PROSECUTOR, consents: [] }));
    expect(!none.allowed && none.reasons[0]?.message).toBe(
      'no consent for sub_AdultWoman0000000001 was cited (consentRefs is empty)',
    );
    const other = ConsentRecord.parse({ ...S2_CONSENT, subject: 'sub_SomebodyElse00000001' });
    const wrong = evaluateDisclosure(request({ consents: [other] }));
    expect(!wrong.allowed && wrong.reasons[0]?.message).toBe(
      `the cited consents (${S2_CONSENT.id}) are not for sub_AdultWoman0000000001`,
    );
  });
});
