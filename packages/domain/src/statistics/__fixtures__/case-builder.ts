import { S2_CASE } from '../../case/__fixtures__/case-files.js';
import { CaseFile } from '../../case/case-file.js';
import { addDays } from '../../time.js';

/** A case file referred at `referredAt`, decided `decidedAfterDays` later (if given), with overrides. */
export function caseFile(
  n: number,
  referredAt: string,
  over: { decidedAfterDays?: number; outcome?: 'granted' | 'refused' | 'not-admitted' } & Partial<
    Pick<CaseFile, 'consultation' | 'review' | 'carePlan' | 'subject'>
  > = {},
): CaseFile {
  const { decidedAfterDays, outcome, ...rest } = over;
  const { decision: _d, review: _r, consultation: _c, carePlan: _p, ...base } = S2_CASE;
  return CaseFile.parse({
    ...base,
    casePseudonym: `case_Builder${String(n).padStart(10, '0')}`,
    referral: { ...base.referral, referredAt },
    ...(decidedAfterDays === undefined
      ? {}
      : {
          decision: {
            outcome: outcome ?? 'granted',
            decidedAt: addDays(referredAt, decidedAfterDays),
            decidedByKind: 'competent-authority',
          },
        }),
    ...rest,
  });
}
