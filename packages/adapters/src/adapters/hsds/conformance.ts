import type { AdapterFixtures } from '../../sdk/adapter.js';

/** ASTRA's legal-aid and Atina's shelter services in the demo directory. */
const ASTRA_LEGAL_AID = '5f41697c-76c0-5539-a2c9-765b46df9694';
const ATINA_SHELTER = '76aa6e9b-ac69-5e7b-b853-56a5b7be2b08';

const request = (overrides: Record<string, unknown>): Record<string, unknown> => ({
  referralId: 'sr_cptv_2026_0412',
  case: 'case_7QK2M9X4B1R8T3W6',
  subject: 'sub_4F8K2M7Q9X1B3R5T',
  subjectIsChild: false,
  hsdsServiceId: ASTRA_LEGAL_AID,
  consent: {
    ref: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600010',
    givenBy: 'self',
    givenAt: '2026-04-12T09:30:00+02:00',
  },
  providerChoice: { chosenBy: 'subject', alternativesOffered: 1 },
  requestedAt: '2026-04-12T10:00:00+02:00',
  ...overrides,
});

export const fixtures: AdapterFixtures = {
  // The CPTV refers people to providers it picks from the HSDS directory.
  context: {
    agencyId: 'rs.cptv',
    directory: { cptv: 'rs.cptv', astra: 'rs.astra', atina: 'rs.atina' },
  },
  inboundValid: [
    JSON.stringify([
      request({}),
      request({
        referralId: 'sr_cptv_2026_0413',
        subjectIsChild: true,
        hsdsServiceId: ATINA_SHELTER,
        consent: {
          ref: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600011',
          givenBy: 'guardian',
          givenAt: '2026-04-13T08:00:00+02:00',
        },
        providerChoice: { chosenBy: 'guardian', alternativesOffered: 0 },
      }),
    ]),
  ],
  inboundInvalid: [
    // A service that is not in the directory, then a malformed subject pseudonym.
    JSON.stringify([
      request({ hsdsServiceId: '00000000-0000-4000-8000-000000000000' }),
      request({ referralId: 'sr_cptv_2026_0414', subject: 'Jovana Petrović' }),
    ]),
    // A kind the chosen service does not offer.
    JSON.stringify([request({ service: 'accommodation' })]),
    '{"not": "an array"',
  ],
  outboundMessages: [
    {
      type: 'nrm.service-referral',
      version: 1,
      payload: {
        id: 'sr_cptv_2026_0412',
        case: 'case_7QK2M9X4B1R8T3W6',
        subject: 'sub_4F8K2M7Q9X1B3R5T',
        service: 'legal-aid-criminal',
        requester: 'rs.cptv',
        provider: 'rs.astra',
        consent: { informed: true, givenBy: 'self', givenAt: '2026-04-12T09:30:00+02:00' },
        providerChoice: { chosenBy: 'subject', alternativesOffered: 1 },
        status: 'requested',
        history: [{ status: 'requested', at: '2026-04-12T10:00:00+02:00', by: 'rs.cptv' }],
      },
      to: ['rs.astra'],
      subject: 'sub_4F8K2M7Q9X1B3R5T',
      case: 'case_7QK2M9X4B1R8T3W6',
      purpose: 'assistance',
      legalBasis: 'consent',
      consentRefs: ['0190f5a2-7c3e-7a10-9b2c-3d4e5f600010'],
      subjectIsChild: false,
    },
  ],
};
