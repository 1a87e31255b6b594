import { CaseFile } from '../case-file.js';

/** SCENARIOS.md S2 as a case file: NGO referral, refusal after consultation, review overturned. */
export const S2_CASE: CaseFile = CaseFile.parse({
  casePseudonym: 'case_S2AstraSosLine00001',
  subject: {
    pseudonym: 'sub_S2Woman000000000001',
    age: { status: 'documented', birthDate: '1996-05-04' },
    gender: 'female',
    citizenship: ['RS'],
    migrationStatus: 'citizen',
  },
  referral: {
    referredAt: '2026-03-01T10:00:00Z',
    channel: 'ngo',
    referringAgency: 'rs.astra',
    exploitation: { forms: ['sexual'], countriesOfExploitation: ['AT', 'DE'], domestic: false },
  },
  decision: {
    outcome: 'refused',
    decidedAt: '2026-03-31T10:00:00Z',
    decidedByKind: 'competent-authority',
  },
  consultation: { requestedAt: '2026-03-21T10:00:00Z', completedAt: '2026-03-28T10:00:00Z' },
  review: {
    requestedAt: '2026-04-05T10:00:00Z',
    outcome: 'overturned',
    decidedAt: '2026-04-20T10:00:00Z',
  },
  carePlan: {
    immediatePlanCompletedAt: '2026-03-03T10:00:00Z',
    carePlanAdoptedAt: '2026-03-12T10:00:00Z',
  },
  status: 'active',
  dataProcessingConsent: true,
});

/** SCENARIOS.md S1 (the younger brother): police referral of a child, forced begging and criminality. */
export const S1_CASE: CaseFile = CaseFile.parse({
  casePseudonym: 'case_S1BelgradeBrothers01',
  subject: {
    pseudonym: 'sub_S1YoungerBrother001',
    age: { status: 'documented', birthDate: '2018-02-10' },
    gender: 'male',
    citizenship: ['RS'],
    migrationStatus: 'citizen',
  },
  referral: {
    referredAt: '2026-05-01T09:00:00Z',
    channel: 'police',
    referringAgency: 'rs.police.belgrade-thb',
    exploitation: {
      forms: ['forced-begging', 'forced-criminality'],
      countriesOfExploitation: ['RS'],
      domestic: true,
    },
  },
  decision: {
    outcome: 'granted',
    decidedAt: '2026-05-11T09:00:00Z',
    decidedByKind: 'competent-authority',
  },
  status: 'follow-up',
  dataProcessingConsent: true,
});
