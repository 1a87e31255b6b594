import { describe, expect, it } from 'vitest';
import type { GatewayError } from '@nrm/client/errors';
import type { RegisteredAgency } from '../store/registry/agencies.js';
import { checkRoute, type RouteRequest } from './check-route.js';
import { ROUTING_POLICY_2026_1 } from './routing-policy.js';

const agency = (
  id: string,
  kind: RegisteredAgency['kind'],
  competentAreas: string[] = [],
): RegisteredAgency =>
  ({
    id,
    name: id,
    kind,
    jurisdiction: 'RS',
    competentAreas,
    webhookUrl: null,
  }) as RegisteredAgency;

const directory = [
  agency('rs.cptv', 'competent-authority'),
  agency('rs.police.belgrade-thb', 'police'),
  agency('rs.csw.belgrade', 'csw', ['beograd-zemun']),
  agency('rs.csw.nis', 'csw', ['nis']),
  agency('rs.astra', 'ngo'),
];
const byId = (id: string) => directory.find((a) => a.id === id)!;

function refusal(request: RouteRequest, sender: string): GatewayError {
  try {
    checkRoute(request, byId(sender), directory, ROUTING_POLICY_2026_1);
  } catch (error) {
    return error as GatewayError;
  }
  throw new Error('expected ROUTE_FORBIDDEN');
}

const referral = (to: string[], extra: Partial<RouteRequest> = {}): RouteRequest => ({
  type: 'nrm.referral',
  from: 'rs.police.belgrade-thb',
  to,
  subjectIsChild: false,
  ...extra,
});

describe('checkRoute', () => {
  it('returns the recipients of an allowed route in order', () => {
    const recipients = checkRoute(
      referral(['rs.cptv', 'rs.astra']),
      byId('rs.police.belgrade-thb'),
      directory,
      ROUTING_POLICY_2026_1,
    );
    expect(recipients.map((r) => r.id)).toEqual(['rs.cptv', 'rs.astra']);
  });

  it('CHILD_REFERRAL_INCLUDES_CSW names the competent CSW for the area', () => {
    const error = refusal(
      referral(['rs.cptv', 'rs.csw.nis'], { subjectIsChild: true, area: 'beograd-zemun' }),
      'rs.police.belgrade-thb',
    );
    expect(error.code).toBe('ROUTE_FORBIDDEN');
    expect(error.message).toMatch(/^CHILD_REFERRAL_INCLUDES_CSW: .*\(add rs\.csw\.belgrade\)/);
    expect(error.path).toBe('envelope.to');
  });

  it('without a known area any CSW satisfies the child rule; without any CSW it fails', () => {
    expect(() =>
      checkRoute(
        referral(['rs.cptv', 'rs.csw.nis'], { subjectIsChild: true }),
        byId('rs.police.belgrade-thb'),
        directory,
        ROUTING_POLICY_2026_1,
      ),
    ).not.toThrow();
    expect(
      refusal(
        referral(['rs.cptv'], { subjectIsChild: true, area: 'unknown-town' }),
        'rs.police.belgrade-thb',
      ).message,
    ).toMatch(/add a centre for social work/);
  });

  it('a CSW referring a child need not address itself', () => {
    expect(() =>
      checkRoute(
        {
          ...referral(['rs.cptv'], { subjectIsChild: true, area: 'beograd-zemun' }),
          from: 'rs.csw.belgrade',
        },
        byId('rs.csw.belgrade'),
        directory,
        ROUTING_POLICY_2026_1,
      ),
    ).not.toThrow();
  });

  it('ISSUER_NOT_COMPETENT for a decision from anyone but the competent authority', () => {
    const error = refusal(
      { ...referral(['rs.cptv']), type: 'nrm.identification-decision', from: 'rs.astra' },
      'rs.astra',
    );
    expect(error.message).toMatch(/^ISSUER_NOT_COMPETENT/);
    expect(error.path).toBe('envelope.type');
    expect(() =>
      checkRoute(
        { ...referral(['rs.astra']), type: 'nrm.identification-decision', from: 'rs.cptv' },
        byId('rs.cptv'),
        directory,
        ROUTING_POLICY_2026_1,
      ),
    ).not.toThrow();
  });

  it('RECIPIENT_UNKNOWN and SELF_ADDRESSED point at the recipient', () => {
    expect(refusal(referral(['rs.cptv', 'rs.elsewhere']), 'rs.police.belgrade-thb')).toMatchObject({
      path: 'envelope.to.1',
    });
    expect(refusal(referral(['rs.police.belgrade-thb']), 'rs.police.belgrade-thb').message).toMatch(
      /^SELF_ADDRESSED/,
    );
  });
});
