import { describe, expect, it } from 'vitest';
import { CATALOGUE, MESSAGE_TYPES } from './catalogue.js';
import { latestVersion } from './message-type.js';

const REQUIRED_TYPES = [
  'nrm.envelope',
  'nrm.referral',
  'nrm.info-request',
  'nrm.info-response',
  'nrm.consultation-request',
  'nrm.consultation-opinion',
  'nrm.identification-decision',
  'nrm.review-request',
  'nrm.review-outcome',
  'nrm.assistance-plan',
  'nrm.care-plan',
  'nrm.service-referral',
  'nrm.service-update',
  'nrm.consent-record',
  'nrm.consent-withdrawal',
  'nrm.guardian-appointment',
  'nrm.best-interests-determination',
  'nrm.residence-decision',
  'nrm.proceedings-notice',
  'nrm.transnational-referral',
  'nrm.return-request',
  'nrm.risk-assessment',
  'nrm.case-closure',
  'nrm.receipt',
];

describe('CATALOGUE', () => {
  it('covers every message type the exchange needs, each with version 1', () => {
    expect([...MESSAGE_TYPES].sort()).toEqual([...REQUIRED_TYPES].sort());
    for (const definition of CATALOGUE.values()) {
      expect(definition.versions[1], definition.type).toBeDefined();
    }
  });

  it('numbers versions 1..latest without gaps and has an upgrade for every step', () => {
    for (const d of CATALOGUE.values()) {
      const latest = latestVersion(d);
      expect(
        Object.keys(d.versions)
          .map(Number)
          .sort((a, b) => a - b),
      ).toEqual(Array.from({ length: latest }, (_, i) => i + 1));
      for (let v = 1; v < latest; v++) {
        expect(d.upgrades[v], `${d.type} v${v}→v${v + 1}`).toBeTypeOf('function');
      }
    }
    expect(latestVersion(CATALOGUE.get('nrm.referral')!)).toBe(3);
  });

  it('has a valid example for every version, and every upgrade turns it into a valid next version', () => {
    for (const d of CATALOGUE.values()) {
      for (const [v, schema] of Object.entries(d.versions)) {
        const version = Number(v);
        const result = schema.safeParse(d.examples[version]);
        expect(result.error?.issues ?? [], `${d.type} v${version}`).toEqual([]);
        const upgrade = d.upgrades[version] as ((p: unknown) => unknown) | undefined;
        if (upgrade !== undefined) {
          expect(d.versions[version + 1]!.safeParse(upgrade(d.examples[version])).success).toBe(
            true,
          );
        }
      }
    }
  });

  it('rejects unknown fields in every payload (strict objects)', () => {
    for (const d of CATALOGUE.values()) {
      for (const [v, schema] of Object.entries(d.versions)) {
        const example = d.examples[Number(v)] as Record<string, unknown>;
        expect(schema.safeParse({ ...example, unexpected: true }).success, `${d.type} v${v}`).toBe(
          false,
        );
      }
    }
  });
});
