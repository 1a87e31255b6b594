import type { CaseFile } from '../case/case-file.js';
import { FirstResponderChannel } from '../referral/first-responder-channel.js';
import { countTable, yearOf } from './count-table.js';
import { suppressSmallCells, type PublishedTable } from './small-cell-suppression.js';
import type { StatisticsOptions } from './statistics-options.js';

/**
 * Referrals per year by first-responder channel (police 37%, CSW 24%, NGOs 13% of 2018
 * referrals in Serbia). Columns are the channels that occur, in vocabulary order.
 */
export function referralsByChannel(
  files: readonly CaseFile[],
  options: StatisticsOptions,
): PublishedTable<FirstResponderChannel> {
  const present = new Set(files.map((f) => f.referral.channel));
  const columns = FirstResponderChannel.options.filter((c) => present.has(c));
  const counts = countTable(
    files,
    columns,
    (f) => ({ year: yearOf(f.referral.referredAt), column: f.referral.channel }),
    options.years,
  );
  return suppressSmallCells(counts, options.k);
}
