import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue.js';
import type { ParseResult } from '../parse/parse-error.js';
import { latestVersion } from './message-type.js';

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
