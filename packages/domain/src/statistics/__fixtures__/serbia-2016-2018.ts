import { CaseFile, type CaseFileOutcome } from '../../case/case-file.js';
import type { FirstResponderChannel } from '../../referral/first-responder-channel.js';
import { addDays } from '../../time.js';

/** mulberry32: a tiny seeded generator, so the synthetic case set is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

const repeat = <T>(counts: readonly (readonly [T, number])[]): T[] =>
  counts.flatMap(([v, n]) => Array<T>(n).fill(v));

/**
 * Per-year shape of the synthetic case set, chosen to reproduce the seed report's figures:
 * 474 referrals in 2016-18 (158 a year on average), 174 granted (58 a year, 36%), and in
 * 2018 police 61/164 = 37%, CSW 39/164 = 24%, NGOs 21/164 = 13%. The split of the other
 * channels and outcomes is invented but plausible.
 */
export const SERBIA_SHAPE = {
  2016: {
    channels: [
      ['police', 57],
      ['csw', 36],
      ['ngo', 21],
      ['self-referral', 13],
      ['border-police', 9],
      ['asylum-migration-authority', 6],
      ['education', 3],
      ['health', 2],
      ['foreign-partner', 3],
    ],
    outcomes: [
      ['granted', 54],
      ['refused', 80],
      ['not-admitted', 16],
    ],
  },
  2017: {
    channels: [
      ['police', 58],
      ['csw', 38],
      ['ngo', 22],
      ['self-referral', 14],
      ['border-police', 10],
      ['asylum-migration-authority', 7],
      ['education', 4],
      ['health', 3],
      ['foreign-partner', 4],
    ],
    outcomes: [
      ['granted', 57],
      ['refused', 85],
      ['not-admitted', 18],
    ],
  },
  2018: {
    channels: [
      ['police', 61],
      ['csw', 39],
      ['ngo', 21],
      ['self-referral', 12],
      ['border-police', 9],
      ['asylum-migration-authority', 7],
      ['education', 5],
      ['health', 4],
      ['foreign-partner', 6],
    ],
    outcomes: [
      ['granted', 63],
      ['refused', 80],
      ['not-admitted', 17],
      ['pending', 4],
    ],
  },
} as const satisfies Record<
  number,
  {
    channels: readonly (readonly [FirstResponderChannel, number])[];
    outcomes: readonly (readonly [CaseFileOutcome | 'pending', number])[];
  }
>;

const REFERRING_AGENCY: Partial<Record<FirstResponderChannel, string>> = {
  police: 'rs.police.belgrade-thb',
  csw: 'rs.csw.belgrade',
  ngo: 'rs.astra',
};

/** The synthetic 2016-2018 Serbian case set, generated deterministically from `seed`. */
export function serbianCaseFiles(seed = 2020): CaseFile[] {
  const next = seeded(seed);
  const files: CaseFile[] = [];
  for (const [yearText, shape] of Object.entries(SERBIA_SHAPE)) {
    const year = Number(yearText);
    const channels = shuffle(repeat<FirstResponderChannel>(shape.channels), next);
    const outcomes = shuffle(repeat<CaseFileOutcome | 'pending'>(shape.outcomes), next);
    channels.forEach((channel, i) => {
      const n = files.length;
      // Late-year referrals for pending cases, so that none is decided before 2019.
      const dayOfYear =
        outcomes[i] === 'pending' ? 340 + Math.floor(next() * 20) : Math.floor(next() * 300);
      const referredAt = addDays(`${year}-01-01T09:00:00.000Z`, dayOfYear);
      const outcome = outcomes[i] ?? 'pending';
      const decidedAt = addDays(referredAt, 5 + Math.floor(next() * 56));
      const child = next() < 0.3;
      const birthYear = child
        ? year - 8 - Math.floor(next() * 9)
        : year - 19 - Math.floor(next() * 30);
      const consulted = next() < 0.6;
      files.push(
        CaseFile.parse({
          casePseudonym: `case_Synthetic${String(n).padStart(8, '0')}`,
          subject: {
            pseudonym: `sub_Synthetic${String(n).padStart(8, '0')}`,
            age: { status: 'documented', birthDate: `${birthYear}-06-15` },
            gender: next() < 0.75 ? 'female' : 'male',
            citizenship: [next() < 0.85 ? 'RS' : 'AF'],
            migrationStatus: 'citizen',
          },
          referral: {
            referredAt,
            channel,
            referringAgency: REFERRING_AGENCY[channel] ?? 'rs.other-first-responder',
            exploitation: { forms: [next() < 0.6 ? 'sexual' : 'labour'], domestic: true },
          },
          ...(outcome === 'pending'
            ? {}
            : { decision: { outcome, decidedAt, decidedByKind: 'competent-authority' } }),
          ...(outcome === 'refused' && consulted
            ? {
                consultation: {
                  requestedAt: addDays(decidedAt, -4),
                  completedAt: addDays(decidedAt, -1),
                },
              }
            : {}),
          carePlan: {
            immediatePlanCompletedAt: addDays(referredAt, 2),
            carePlanAdoptedAt: addDays(referredAt, 2 + 7 + Math.floor(next() * 14)),
          },
          status: outcome === 'pending' ? 'active' : 'closed',
          dataProcessingConsent: true,
        }),
      );
    });
  }
  return files;
}
