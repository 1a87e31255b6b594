import { addDays, CaseFile, type FirstResponderChannel, type ProcedurePhase } from '@nrm/domain';

/**
 * The demo competent authority's case register: 2016–2018 shaped on the assessment's
 * figures (158 referrals a year, 58 recognised, seed report L848-850; police 37%, CSW 24%,
 * NGOs 13% of 2018 referrals, L805-809), and this year's open cases spread over the
 * procedure's phases. The other channels and the phase spread are invented but plausible.
 */
const CHANNELS: readonly (readonly [FirstResponderChannel, number])[] = [
  ['police', 59],
  ['csw', 38],
  ['ngo', 21],
  ['self-referral', 13],
  ['border-police', 9],
  ['asylum-migration-authority', 7],
  ['education', 5],
  ['health', 6],
];
const OUTCOMES = [
  ['granted', 58],
  ['refused', 84],
  ['not-admitted', 16],
] as const;
/** Open cases now, by phase (a refusal under review counts where its review stands). */
const OPEN_NOW: readonly (readonly [ProcedurePhase, number])[] = [
  ['received', 9],
  ['admissibility', 7],
  ['information-gathering', 14],
  ['interview', 11],
  ['consultation', 6],
  ['draft', 5],
  ['review-requested', 2],
  ['under-review', 6],
];

const expand = <T>(counts: readonly (readonly [T, number])[]): T[] =>
  counts.flatMap(([value, n]) => Array<T>(n).fill(value));

export interface RegisteredCase {
  file: CaseFile;
  /** Where the case stands in the identification procedure now. */
  phase: ProcedurePhase;
}

function caseFile(
  n: number,
  referredAt: string,
  channel: FirstResponderChannel,
  outcome: (typeof OUTCOMES)[number][0] | undefined,
): CaseFile {
  const decidedAt = addDays(referredAt, 6 + ((n * 7) % 55));
  const refused = outcome === 'refused';
  return CaseFile.parse({
    casePseudonym: `case_Demo${String(n).padStart(12, '0')}`,
    subject: {
      pseudonym: `sub_DemoCase${String(n).padStart(11, '0')}`,
      age: { status: 'documented', birthDate: n % 10 < 3 ? '2008-06-15' : '1990-06-15' },
      gender: n % 4 === 0 ? 'male' : 'female',
      citizenship: ['RS'],
      migrationStatus: 'citizen',
    },
    referral: {
      referredAt,
      channel,
      referringAgency: 'rs.police.belgrade-thb',
      exploitation: { forms: [n % 5 < 3 ? 'sexual' : 'labour'], domestic: true },
    },
    ...(outcome === undefined
      ? {}
      : { decision: { outcome, decidedAt, decidedByKind: 'competent-authority' } }),
    ...(refused && n % 3 !== 0
      ? {
          consultation: {
            requestedAt: addDays(decidedAt, -4),
            completedAt: addDays(decidedAt, -1),
          },
        }
      : {}),
    ...(refused && n % 4 === 0
      ? {
          review: {
            requestedAt: addDays(decidedAt, 10),
            outcome: n % 8 === 0 ? 'overturned' : 'upheld',
            decidedAt: addDays(decidedAt, 40),
          },
        }
      : {}),
    carePlan: {
      immediatePlanCompletedAt: addDays(referredAt, 2),
      carePlanAdoptedAt: addDays(referredAt, 9 + (n % 14)),
    },
    status: outcome === undefined ? 'active' : 'closed',
    dataProcessingConsent: true,
  });
}

function closedPhase(file: CaseFile): ProcedurePhase {
  switch (file.decision?.outcome) {
    case 'granted':
      return 'granted';
    case 'not-admitted':
      return 'inadmissibility-upheld';
    default:
      return file.review?.outcome === 'overturned' ? 'granted' : 'refusal-upheld';
  }
}

/** The register as of `asOf`: closed cases of 2016–2018, and open cases referred this year. */
export function demoCaseRegister(asOf: Date): RegisteredCase[] {
  const cases: RegisteredCase[] = [];
  for (const year of [2016, 2017, 2018]) {
    const outcomes = expand(OUTCOMES);
    expand(CHANNELS).forEach((channel, i) => {
      const referredAt = addDays(`${year}-01-10T09:00:00.000Z`, (i * 37) % 300);
      const file = caseFile(cases.length, referredAt, channel, outcomes[(i * 5) % outcomes.length]);
      cases.push({ file, phase: closedPhase(file) });
    });
  }
  const yearStart = `${asOf.getUTCFullYear()}-01-01T09:00:00.000Z`;
  const span = Math.max(1, Math.floor((asOf.getTime() - Date.parse(yearStart)) / 86_400_000));
  expand(OPEN_NOW).forEach((phase, i) => {
    const channel = expand(CHANNELS)[(i * 11) % 158] ?? 'police';
    const file = caseFile(cases.length, addDays(yearStart, i % span), channel, undefined);
    cases.push({ file, phase });
  });
  return cases;
}
