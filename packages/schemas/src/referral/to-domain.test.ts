import { Referral } from '@nrm/domain';
import { describe, expect, it } from 'vitest';
import { REFERRAL } from './definition.js';
import { referralFromDomain, referralToDomain } from './to-domain.js';
import type { ReferralV2 } from './v2.js';
import { ReferralV3 } from './v3.js';

const wire = ReferralV3.parse(REFERRAL.examples[3]);

describe('nrm.referral v3 ⇄ domain Referral', () => {
  it('round-trips wire → domain → wire unchanged', () => {
    const domain = referralToDomain(wire);
    expect(domain.ok).toBe(true);
    if (!domain.ok) {
      return;
    }
    expect(referralFromDomain(domain.value)).toEqual({ ok: true, value: wire });
  });

  it('round-trips domain → wire → domain unchanged, with defaults the domain fills in', () => {
    const domain = Referral.parse({
      ...wire,
      subject: {
        pseudonym: wire.subject.pseudonym,
        age: { status: 'disputed', claimedAge: 16 },
        gender: 'female',
        citizenship: ['RO'],
        migrationStatus: 'irregular-migrant',
      },
      indicators: [],
      immediateNeeds: [],
      consentRefs: [],
      interpreter: { needed: true, language: 'ro' },
    });
    const out = referralFromDomain(domain);
    expect(out.ok).toBe(true);
    if (!out.ok) {
      return;
    }
    expect(referralToDomain(out.value)).toEqual({ ok: true, value: domain });
  });

  it('upgrades a v1 referral and maps it to the domain, dropping only the free-text notes', () => {
    const upgraded = REFERRAL.upgrades[1] as (p: unknown) => ReferralV2;
    const domain = referralToDomain(upgraded(REFERRAL.examples[1]));
    expect(domain.ok).toBe(true);
    expect(domain.ok && 'indicatorNotes' in domain.value).toBe(false);
  });

  it('fails with DOMAIN_INVALID when a wire value does not exist in the domain (country XX)', () => {
    const result = referralToDomain({ ...wire, subject: { ...wire.subject, citizenship: ['XX'] } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'DOMAIN_INVALID', issues: [{ path: ['subject', 'citizenship', 0] }] },
    });
  });

  it('fails with SCHEMA_INVALID when a domain value does not fit the wire (consent ref not a UUID)', () => {
    const domain = Referral.parse({ ...wire, consentRefs: ['consent_01J9ZK'] });
    expect(referralFromDomain(domain)).toMatchObject({
      ok: false,
      error: { code: 'SCHEMA_INVALID', issues: [{ path: ['consentRefs', 0] }] },
    });
  });
});
