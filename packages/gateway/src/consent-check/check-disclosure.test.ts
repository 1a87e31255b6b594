import { AgencyId, type ConsentRecord } from '@nrm/domain';
import { describe, expect, it } from 'vitest';
import type { RegisteredAgency } from '../store/registry/agencies.js';
import {
  checkDisclosure,
  checkWithdrawalNotice,
  type DisclosureRequest,
} from './check-disclosure.js';
import { ConsentScope, type HeldConsent } from './consent-scope.js';
import { GATEWAY_POLICY, GATEWAY_PROFILE } from './gateway-policy.js';

const agency = (id: string, kind: RegisteredAgency['kind']): RegisteredAgency => ({
  id: AgencyId.parse(id),
  name: id,
  kind,
  jurisdiction: 'RS',
  competentAreas: [],
  webhookUrl: null,
});
const at = new Date('2026-11-29T10:00:00Z');
const scope: ConsentRecord = ConsentScope.parse({
  id: '0195f7a2-4b7e-7c1d-9a2b-3c4d5e6f7a8b',
  subject: 'sub_0001AbCdEfGhIjKlMn',
  controller: 'rs.astra',
  givenBy: 'self',
  recipients: [{ by: 'agency', agency: 'rs.cptv' }],
  purposes: ['identification'],
  categories: ['identity', 'exploitation'],
  validFrom: '2026-11-01T00:00:00Z',
  language: 'sr',
  formVersion: 'astra-2026.1',
  obtainedAt: '2026-11-01T00:00:00Z',
});
const held: HeldConsent = { scope, withdrawal: undefined };
const request = (extra: Partial<DisclosureRequest> = {}): DisclosureRequest => ({
  sender: { id: 'rs.astra', kind: 'ngo' },
  recipient: agency('rs.cptv', 'competent-authority'),
  subject: scope.subject,
  subjectIsChild: false,
  purpose: 'identification',
  legalBasis: 'consent',
  categories: ['identity'],
  // Not a referral: the mandatory-referral duty would carry it before any consent.
  messageType: 'nrm.info-response',
  at,
  ...extra,
});

describe('checkDisclosure (through @nrm/domain evaluateDisclosure)', () => {
  it('allows on the referenced consent and records it as the basis', () => {
    const verdict = checkDisclosure(request(), [held], GATEWAY_POLICY, GATEWAY_PROFILE);
    expect(verdict).toEqual({
      allowed: true,
      basis: { kind: 'consent', lawfulBasis: 'consent', consentId: scope.id, alert: false },
    });
  });

  it('denies with stable detail codes once the consent is withdrawn', () => {
    const withdrawn: HeldConsent = {
      scope,
      withdrawal: {
        consentId: scope.id,
        withdrawnAt: '2026-11-20T00:00:00Z',
        withdrawnBy: 'self',
        recordedBy: scope.controller,
      },
    };
    const verdict = checkDisclosure(request(), [withdrawn], GATEWAY_POLICY, GATEWAY_PROFILE);
    expect(verdict.allowed).toBe(false);
    expect(!verdict.allowed && verdict.reasons.some((r) => r.startsWith('withdrawn:'))).toBe(true);
  });

  it('the procedural public-task rule carries only process facts between state bodies', () => {
    const police = {
      sender: { id: 'rs.police.belgrade-thb', kind: 'police' as const },
      legalBasis: 'public-task' as const,
    };
    const ok = checkDisclosure(
      request({ ...police, categories: ['process'] }),
      [],
      GATEWAY_POLICY,
      GATEWAY_PROFILE,
    );
    expect(ok).toMatchObject({
      allowed: true,
      basis: { kind: 'policy', ruleId: 'procedure-public-task', policyId: 'rs-nrm-gateway' },
    });
    const more = checkDisclosure(
      request({ ...police, categories: ['process', 'health'] }),
      [],
      GATEWAY_POLICY,
      GATEWAY_PROFILE,
    );
    expect(more.allowed).toBe(false);
    const ngo = checkDisclosure(
      request({ legalBasis: 'public-task', categories: ['process'] }),
      [],
      GATEWAY_POLICY,
      GATEWAY_PROFILE,
    );
    expect(ngo.allowed).toBe(false);
  });

  it('vital interests needs a justification and raises the DPO alert', () => {
    const vital = {
      legalBasis: 'vital-interests' as const,
      purpose: 'assistance' as const,
      categories: ['identity' as const, 'health' as const],
    };
    expect(checkDisclosure(request(vital), [], GATEWAY_POLICY, GATEWAY_PROFILE).allowed).toBe(
      false,
    );
    const ok = checkDisclosure(
      request({ ...vital, justification: 'Acute medical emergency; the person cannot be asked.' }),
      [],
      GATEWAY_POLICY,
      GATEWAY_PROFILE,
    );
    expect(ok).toMatchObject({ allowed: true, basis: { ruleId: 'vital-interests', alert: true } });
  });
});

describe('checkWithdrawalNotice', () => {
  it('reaches the recipients the withdrawn consent covered, and no one else', () => {
    expect(checkWithdrawalNotice(agency('rs.cptv', 'competent-authority'), [held])).toEqual({
      allowed: true,
      basis: { kind: 'withdrawal-notice', consentId: scope.id, alert: false },
    });
    expect(checkWithdrawalNotice(agency('rs.csw.nis', 'csw'), [held]).allowed).toBe(false);
  });
});
