import { describe, expect, it } from 'vitest';
import type { LogLeaf } from '@nrm/client/transparency';
import { LogEntry } from '@nrm/client/transparency';
import { disclosureRecordsOf } from './disclosure-records.js';
import {
  disclosureAllowedEntry,
  disclosureDeniedEntry,
  deliveryWithheldEntry,
} from './log-facts.js';

const at = new Date('2026-05-01T10:00:00Z');
const envelope = {
  id: '0196f000-0000-7000-8000-000000000001',
  type: 'nrm.service-referral',
  from: 'rs.atina',
  subject: 'sub_AbCdEfGhIjKlMnOpQrSt',
  purpose: 'assistance' as const,
  dataCategories: ['identity' as const, 'assistance' as const],
};
const consentId = '0196f000-0000-7000-8000-0000000000c1';

function leaves(...inputs: Parameters<typeof LogEntry.parse>[0][]): LogLeaf[] {
  return inputs.map((input, seq) => ({ ...LogEntry.parse(input), seq }));
}

describe('disclosure records read back from the log', () => {
  const policy = {
    kind: 'policy-changed',
    at: at.toISOString(),
    policy: 'rs-nrm-gateway',
    policyVersion: 1,
    digest: 'a'.repeat(64),
  } as const;

  it('an allowed decision names its consent or its rule, with the policy id then in force', () => {
    const records = disclosureRecordsOf(
      leaves(
        policy,
        disclosureAllowedEntry(
          envelope,
          'rs.csw.belgrade',
          { kind: 'consent', lawfulBasis: 'consent', consentId: consentId as never, alert: false },
          1,
          at,
        ),
        disclosureAllowedEntry(
          envelope,
          'rs.police.belgrade-thb',
          {
            kind: 'policy',
            lawfulBasis: 'vital-interests',
            policyId: 'rs-nrm-gateway',
            policyVersion: 1,
            ruleId: 'vital-interests',
            alert: true,
          },
          1,
          at,
        ),
      ),
      new Map([
        [
          `${envelope.id} rs.csw.belgrade`,
          { deliveredAt: '2026-05-01T11:00:00.000Z', acknowledgedAt: null },
        ],
      ]),
    );
    expect(records).toEqual([
      expect.objectContaining({
        seq: 1,
        outcome: 'allowed',
        messageType: 'nrm.service-referral',
        basis: { kind: 'consent', lawfulBasis: 'consent', consentId },
        deliveredAt: '2026-05-01T11:00:00.000Z',
      }),
      expect.objectContaining({
        seq: 2,
        basis: {
          kind: 'policy',
          lawfulBasis: 'vital-interests',
          policyId: 'rs-nrm-gateway',
          policyVersion: 1,
          ruleId: 'vital-interests',
        },
      }),
    ]);
  });

  it('a withheld delivery turns its allowed decision into withheld, without delivery times', () => {
    const records = disclosureRecordsOf(
      leaves(
        disclosureAllowedEntry(
          envelope,
          'rs.csw.nis',
          { kind: 'consent', lawfulBasis: 'consent', consentId: consentId as never, alert: false },
          1,
          at,
        ),
        deliveryWithheldEntry(
          { messageId: envelope.id, subject: envelope.subject, to: 'rs.csw.nis' },
          'consent-lapsed',
          at,
        ),
        // A withhold the log has no decision for changes nothing.
        deliveryWithheldEntry(
          { messageId: envelope.id, subject: envelope.subject, to: 'rs.cptv' },
          'consent-withdrawn',
          at,
        ),
      ),
      new Map([
        [`${envelope.id} rs.csw.nis`, { deliveredAt: at.toISOString(), acknowledgedAt: null }],
      ]),
    );
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ outcome: 'withheld', reasonCode: 'consent-lapsed' });
    expect(records[0]?.deliveredAt).toBeUndefined();
  });

  it('a denied decision carries its reason code and no basis', () => {
    const [denied] = disclosureRecordsOf(
      leaves(disclosureDeniedEntry(envelope, 'rs.cptv', 'category-not-covered', 1, at)),
    );
    expect(denied).toMatchObject({ outcome: 'denied', reasonCode: 'category-not-covered' });
    expect(denied?.basis).toBeUndefined();
  });
});
