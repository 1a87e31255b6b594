import { execFileSync } from 'node:child_process';
import { CATALOGUE } from '@nrm/schemas';
import { describe, expect, it } from 'vitest';
import { received } from '../../../test/reference-adapter-checks.js';
import { fixtures } from './conformance.js';
import { HTCDS_INSTANCE_ID, HTCDS_V2_COLUMNS } from './htcds-columns.js';
import type { HtcdsRow } from './htcds-csv.js';
import { adapter } from './index.js';

/** Reads CSV with Python's csv module: an independent reader of what we write. */
function readWithPython(csv: string): Record<string, string>[] {
  const script =
    'import csv, io, json, sys\n' +
    'print(json.dumps(list(csv.DictReader(io.StringIO(sys.stdin.read(), newline="")))))';
  return JSON.parse(
    execFileSync('python3', ['-c', script], { input: csv, encoding: 'utf8' }),
  ) as Record<string, string>[];
}

const deliveredAt = [
  '2026-03-02T09:05:00+01:00',
  '2026-04-20T12:05:00+02:00',
  '2027-03-01T12:05:00+01:00',
];
const rows = (): HtcdsRow[] =>
  fixtures.outboundMessages!.map((m, i) => {
    const row = adapter.outbound!.fromCanonical(
      received(m, 'rs.cptv', deliveredAt[i]!),
      fixtures.context,
    );
    expect(row, m.type).not.toBeNull();
    return row!;
  });

describe('htcds adapter: cases → HTCDS v2 CSV', () => {
  it('writes one row per case, the form fields as header, readable by Python’s csv module', () => {
    const csv = adapter.outbound!.serialize(rows()) as string;
    const header = csv.slice(0, csv.indexOf('\r\n')).split(',');
    expect(header).toEqual([...HTCDS_V2_COLUMNS, HTCDS_INSTANCE_ID]);
    const read = readWithPython(csv);
    expect(read).toHaveLength(1);
    const [row] = read;
    expect(row).toMatchObject({
      [HTCDS_INSTANCE_ID]: 'case_7QK2M9X4B1R8T3W6',
      // The referral names the consent records it relies on.
      con_Consent: 'TRUE',
      cas_ReferringOrganisation: 'rs.police.belgrade-thb',
      cas_IncomingReferralDate: '2026-03-02',
      // The decision that followed the referral, then the closure, overwrote its status.
      vic_TraffickingStatus: 'NotAVictimOfTrafficking',
      vic_TraffickingStatusDecisionMakingOrg: 'NonPoliceGovernmentalOrganization',
      cas_Status: 'Closed',
    });
    // Identifying fields stay empty: the case file has no names or contacts, and the birth
    // date is left out.
    for (const field of [
      'prs_First_Name',
      'prs_Second_Name',
      'prs_Email',
      'prs_MobilePhone',
      'prs_Birthdate',
    ]) {
      expect(row![field], field).toBe('');
    }
  });

  it('a review that overturns the refusal makes the person an actual victim', () => {
    const [referral, decision] = rows();
    const review = adapter.outbound!.fromCanonical(
      received(
        {
          ...fixtures.outboundMessages![1]!,
          type: 'nrm.review-outcome',
          version: 1,
          payload: CATALOGUE.get('nrm.review-outcome')!.examples[1],
        },
        'rs.cptv',
        '2026-05-30T12:05:00+02:00',
      ),
      fixtures.context,
    );
    const csv = adapter.outbound!.serialize([referral!, decision!, review!]) as string;
    expect(readWithPython(csv)[0]?.vic_TraffickingStatus).toBe('ActualVictimOfTrafficking');
  });

  it('a referral alone is an active case of a possible victim', () => {
    const [referral] = rows();
    expect(referral!.fields).toMatchObject({
      vic_TraffickingStatus: 'PossibleVictimOfTrafficking',
      cas_Status: 'Active',
    });
  });

  it('quotes values with commas, quotes and line breaks (RFC 4180)', () => {
    const tricky = 'Centar "Sigurna kuća", Novi Sad\nodeljenje 2';
    const csv = adapter.outbound!.serialize([
      { instanceId: 'case_TRICKY0000000000', fields: { cas_IncomingReferralDetails: tricky } },
    ]) as string;
    expect(readWithPython(csv)[0]!.cas_IncomingReferralDetails).toBe(tricky);
  });

  it('writes nothing for message types that say nothing HTCDS records', () => {
    const update = received(
      {
        type: 'nrm.service-update',
        version: 1,
        payload: {
          serviceReferralId: 'sr_01J9ZK3W6Q5N',
          status: 'in-progress',
          at: '2026-03-23T10:00:00+01:00',
          by: 'rs.astra',
        },
        to: ['rs.cptv'],
        subject: 'sub_4F8K2M7Q9X1B3R5T',
        purpose: 'assistance',
        legalBasis: 'consent',
        subjectIsChild: false,
      },
      'rs.astra',
      '2026-03-23T10:00:00+01:00',
    );
    expect(adapter.outbound!.fromCanonical(update, fixtures.context)).toBeNull();
  });
});
