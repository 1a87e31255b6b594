import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue.js';
import type { ParseResult } from '../parse/parse-error.js';
import { latestVersion } from './message-type.js';
import { consultationRequestMapping } from '../consultation-request/to-domain.js';
import { infoRequestMapping } from '../info-request/to-domain.js';
import { infoResponseMapping } from '../info-response/to-domain.js';

/**
 * The latest version of every type with a domain counterpart maps to the domain model and
 * back without loss: wire → domain → wire gives the same payload, and domain → wire →
 * domain gives the same domain value.
 */
const mapped = [...CATALOGUE.values()].filter((d) => d.domain !== undefined);

describe('latest wire versions ⇄ @nrm/domain', () => {
  it('covers the types whose domain model exists', () => {
    expect(mapped.map((d) => d.type).sort()).toEqual(
      [
        'nrm.assistance-plan',
        'nrm.best-interests-determination',
        'nrm.case-closure',
        'nrm.guardian-appointment',
        'nrm.proceedings-notice',
        'nrm.residence-decision',
        'nrm.care-plan',
        'nrm.consent-record',
        'nrm.consent-withdrawal',
        'nrm.consultation-opinion',
        'nrm.consultation-request',
        'nrm.info-request',
        'nrm.info-response',
        'nrm.identification-decision',
        'nrm.referral',
        'nrm.review-outcome',
        'nrm.review-request',
        'nrm.return-request',
        'nrm.risk-assessment',
        'nrm.transnational-referral',
        'nrm.service-referral',
        'nrm.service-update',
      ].sort(),
    );
  });

  for (const d of mapped) {
    it(`${d.type} v${latestVersion(d)} round-trips through the domain model`, () => {
      const toDomain = d.domain!.toDomain as (w: unknown) => ParseResult<unknown>;
      const fromDomain = d.domain!.fromDomain as (x: unknown) => ParseResult<unknown>;
      const example = d.examples[latestVersion(d)];
      const domain = toDomain(example);
      expect(domain.ok ? [] : domain.error.issues).toEqual([]);
      if (!domain.ok) {
        return;
      }
      const wire = fromDomain(domain.value);
      expect(wire).toEqual({ ok: true, value: example });
      if (wire.ok) {
        expect(toDomain(wire.value)).toEqual({ ok: true, value: domain.value });
      }
    });
  }
});

describe('information exchange and consultation requests ⇄ @nrm/domain: the domain rules', () => {
  const example = (type: string): Record<string, unknown> =>
    CATALOGUE.get(type)!.examples[1] as Record<string, unknown>;

  it('rejects an info response that answers one question twice (DOMAIN_INVALID)', () => {
    const wire = {
      ...example('nrm.info-response'),
      answers: [
        { question: 0, answer: 'a' },
        { question: 0, answer: 'b' },
      ],
    } as Parameters<typeof infoResponseMapping.toDomain>[0];
    expect(infoResponseMapping.toDomain(wire)).toMatchObject({
      ok: false,
      error: { code: 'DOMAIN_INVALID', issues: [{ path: ['answers'] }] },
    });
  });

  it('rejects a consultation request whose opinion is due before it was asked for', () => {
    const wire = {
      ...example('nrm.consultation-request'),
      respondBy: '2026-03-01T09:00:00+02:00',
    } as Parameters<typeof consultationRequestMapping.toDomain>[0];
    expect(consultationRequestMapping.toDomain(wire)).toMatchObject({
      ok: false,
      error: { code: 'DOMAIN_INVALID', issues: [{ path: ['respondBy'] }] },
    });
  });

  it('refuses to write an info request carrying a field the frozen wire lacks (SCHEMA_INVALID)', () => {
    const domain = infoRequestMapping.toDomain(
      example('nrm.info-request') as Parameters<typeof infoRequestMapping.toDomain>[0],
    );
    expect(domain.ok).toBe(true);
    if (!domain.ok) {
      return;
    }
    const extended = { ...domain.value, unexpected: true } as typeof domain.value;
    expect(infoRequestMapping.fromDomain(extended)).toMatchObject({
      ok: false,
      error: { code: 'SCHEMA_INVALID' },
    });
  });
});
