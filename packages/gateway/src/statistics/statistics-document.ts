import { CasePseudonym, PROCEDURE_PHASES } from '@nrm/domain';
import { z } from 'zod';

/** The smallest suppression threshold the gateway accepts: below it a cell names people. */
export const MIN_SUPPRESSION_K = 3;

const Count = z.union([z.number().int().min(0), z.string().regex(/^<\d+$/)]);
const Row = z.strictObject({
  cells: z.record(z.string().max(64), Count),
  total: Count,
});
const Table = z.strictObject({
  k: z.number().int(),
  columns: z.array(z.string().max(64)).max(40),
  rows: z.array(Row.extend({ year: z.number().int().min(1990).max(2200) })).max(60),
  overall: Row,
});
const Rates = z.strictObject({
  byYear: z.array(z.strictObject({ year: z.number().int(), rate: z.number().nullable() })).max(60),
  overall: z.number().nullable(),
});
const Figure = z.strictObject({ table: Table, rates: Rates });
const Times = z.strictObject({
  decisions: Count,
  medianDays: z.number().nullable(),
  p90Days: z.number().nullable(),
});

/**
 * A competent authority's published figures (ADR 0015): the output of `@nrm/domain`'s
 * `nrmStatistics` over its decrypted case files, the cases in each procedure phase now, and
 * optionally the pseudonymous case ids per phase. Only suppressed counts travel.
 */
export const StatisticsDocument = z.strictObject({
  format: z.literal('nrm-statistics/1'),
  publisher: z.string().min(1).max(100),
  asOf: z.iso.datetime({ offset: true }),
  k: z.number().int().min(MIN_SUPPRESSION_K).max(100),
  figures: z.strictObject({
    referralsByChannel: Table,
    recognition: Figure,
    timeToDecision: z.strictObject({
      byYear: z.array(Times.extend({ year: z.number().int() })).max(60),
      overall: Times,
    }),
    refusalsPrecededByConsultation: Figure,
    reviewOutcomes: Figure,
    childShare: Figure,
    carePlansOnTime: Figure,
  }),
  procedure: z.strictObject({
    phases: z.partialRecord(z.enum(PROCEDURE_PHASES), Count),
    /** Pseudonymous case ids per phase: personal data, shown only to oversight roles. */
    cases: z.partialRecord(z.enum(PROCEDURE_PHASES), z.array(CasePseudonym).max(10_000)).optional(),
  }),
});
export type StatisticsDocument = z.infer<typeof StatisticsDocument>;
