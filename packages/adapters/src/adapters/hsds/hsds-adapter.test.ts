import { describe, expect, it } from 'vitest';
import {
  expectSchemaValid,
  issuesOf,
  mapAll,
  received,
} from '../../../test/reference-adapter-checks.js';
import { fixtures } from './conformance.js';
import { adapter } from './index.js';

describe('hsds adapter: referrals to a directory service', () => {
  it('maps each request to an nrm.service-referral addressed to the agency behind the service', () => {
    const messages = fixtures.inboundValid!.flatMap((input) => mapAll(adapter, fixtures, input));
    expectSchemaValid(messages);
    expect(messages.map((m) => [m.to, (m.payload as { service: string }).service])).toEqual([
      [['rs.astra'], 'legal-aid-criminal'],
      [['rs.atina'], 'accommodation'],
    ]);
    expect(messages[1]).toMatchObject({
      subjectIsChild: true,
      legalBasis: 'consent',
      consentRefs: ['0190f5a2-7c3e-7a10-9b2c-3d4e5f600011'],
      payload: { requester: 'rs.cptv', consent: { informed: true, givenBy: 'guardian' } },
    });
  });

  it('refuses bad records one by one, each with a code and the offending path', () => {
    const [unknownAndMalformed, wrongKind, notJson] = fixtures.inboundInvalid!;
    expect(issuesOf(adapter, fixtures, unknownAndMalformed!)).toEqual([
      expect.objectContaining({ code: 'HSDS_SERVICE_UNKNOWN', path: 'hsdsServiceId' }),
      expect.objectContaining({ code: 'NATIVE_FIELD_INVALID', path: '/1/subject' }),
    ]);
    expect(issuesOf(adapter, fixtures, wrongKind!)).toEqual([
      expect.objectContaining({ code: 'HSDS_SERVICE_KIND_MISMATCH', path: 'service' }),
    ]);
    expect(issuesOf(adapter, fixtures, notJson!)).toEqual([
      expect.objectContaining({ code: 'NATIVE_RECORD_UNREADABLE', path: '/' }),
    ]);
  });

  it('refuses a service whose organization is not an agency of the exchange', async () => {
    const { createHsdsAdapter, importServiceDirectory } = await import('./index.js');
    const directory = importServiceDirectory(
      JSON.stringify({
        id: 'a1',
        name: 'Dom zdravlja',
        services: [{ id: 's1', name: 'Opšta praksa', status: 'active' }],
      }),
    ).directory;
    const request = JSON.parse(fixtures.inboundValid![0] as string) as Record<string, unknown>[];
    const issues = issuesOf(
      createHsdsAdapter(directory),
      fixtures,
      JSON.stringify([{ ...request[0], hsdsServiceId: 's1' }]),
    );
    expect(issues.map((i) => i.code)).toEqual(['HSDS_ORGANIZATION_NOT_CONNECTED']);
  });

  it('refuses a referral whose directory entry names an agency id the wire does not accept', async () => {
    const { createHsdsAdapter, importServiceDirectory, NRM_AGENCY_SCHEME } =
      await import('./index.js');
    const directory = importServiceDirectory(
      JSON.stringify({
        id: 'a2',
        name: 'Savetovalište',
        organization_identifiers: [
          { identifier_scheme: NRM_AGENCY_SCHEME, identifier: 'ASTRA Beograd' },
        ],
        services: [
          {
            id: 's2',
            name: 'Savetovanje',
            status: 'active',
            attributes: [{ taxonomy_term: { taxonomy: 'nrm-service-kind', code: 'psychosocial' } }],
          },
        ],
      }),
    ).directory;
    const request = JSON.parse(fixtures.inboundValid![0] as string) as Record<string, unknown>[];
    const issues = issuesOf(
      createHsdsAdapter(directory),
      fixtures,
      JSON.stringify([{ ...request[0], hsdsServiceId: 's2' }]),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'NATIVE_FIELD_INVALID',
        path: 'nrm.service-referral: provider',
      }),
    ]);
  });

  it('writes the provider an intake record naming its own HSDS service for the referral', () => {
    const outbound = adapter.outbound!;
    const message = received(
      fixtures.outboundMessages![0]!,
      'rs.cptv',
      '2026-04-12T10:01:00+02:00',
    );
    const asAstra = { ...fixtures.context, agencyId: 'rs.astra' };
    const intake = outbound.fromCanonical(message, asAstra);
    expect(intake).toMatchObject({
      serviceReferralId: 'sr_cptv_2026_0412',
      requester: 'rs.cptv',
      hsdsServices: [{ name: 'Pravna pomoć i zastupanje u krivičnom postupku' }],
    });
    expect(JSON.parse(outbound.serialize([intake!]) as string)).toEqual([intake]);
    // Every outbound fixture yields a record, and types it has no record for yield none.
    for (const m of fixtures.outboundMessages!) {
      expect(
        outbound.fromCanonical(
          received(m, 'rs.cptv', '2026-04-12T10:01:00+02:00'),
          fixtures.context,
        ),
      ).not.toBeNull();
    }
    const update = received(
      {
        type: 'nrm.service-update',
        version: 1,
        payload: {
          serviceReferralId: 'sr_cptv_2026_0412',
          status: 'accepted',
          at: '2026-04-12T11:00:00+02:00',
          by: 'rs.astra',
        },
        to: ['rs.cptv'],
        subject: 'sub_4F8K2M7Q9X1B3R5T',
        purpose: 'assistance',
        legalBasis: 'consent',
        subjectIsChild: false,
      },
      'rs.astra',
      '2026-04-12T11:00:00+02:00',
    );
    expect(outbound.fromCanonical(update, asAstra)).toBeNull();
  });
});
