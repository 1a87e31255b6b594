import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared standards folder, beside the repository (never copied into it). */
export const UK_STATISTICS = fileURLToPath(
  new URL('../../../shared/standards/uk-nrm-statistics/', import.meta.url),
);

function readCsv(file) {
  const [head, ...lines] = readFileSync(join(UK_STATISTICS, file), 'utf8').trim().split(/\r?\n/);
  const columns = head.split(',');
  // Quoted fields hold commas ("Labour, Domestic & Criminal"): split outside quotes only.
  return lines.map((line) => {
    const cells = line
      .match(/("([^"]|"")*"|[^,]*)(,|$)/g)
      .map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
}

const DIMENSIONS = [
  'First responder type',
  'First responder',
  'Exploitation type',
  'Age at exploitation',
  'Gender',
  'Nationality',
];

/**
 * The UK year the bench replays: referrals of the latest complete year in the Home Office
 * series, and the mix of first responder, exploitation type, age, gender and nationality from
 * the fully broken-down rows of the 2023 Q4 table, weighted by people.
 */
export function ukYear() {
  if (!existsSync(UK_STATISTICS)) {
    return undefined;
  }
  const series = readCsv('nrm_referrals_longitudinal.csv');
  const totals = new Map();
  for (const row of series) {
    if (row['Location of exploitation'] === 'Total') {
      const key = `${row.Year} ${row.Quarter}`;
      totals.set(row.Year, (totals.get(row.Year) ?? 0) + Number(row['NRM referrals']));
      totals.set(key, true);
    }
  }
  const complete = [...totals.keys()]
    .filter((year) => /^\d{4}$/.test(year))
    .filter((year) => [1, 2, 3, 4].every((q) => totals.has(`${year} Q${q}`)))
    .sort();
  const year = complete.at(-1);
  const mix = readCsv('nrm_referrals_ngo_2023_q4.csv')
    .filter((row) => DIMENSIONS.every((d) => row[d] !== 'Total') && Number(row.People) > 0)
    .map((row) => ({
      firstResponderType: row['First responder type'],
      firstResponder: row['First responder'],
      exploitation: row['Exploitation type'],
      age: row['Age at exploitation'],
      gender: row.Gender,
      nationality: row.Nationality,
      weight: Number(row.People),
    }));
  return { year, referrals: totals.get(year), mix };
}

/** Draws one profile from the mix, in proportion to its weight. */
export function drawProfile(mix, random) {
  const total = mix.reduce((sum, row) => sum + row.weight, 0);
  let roll = random() * total;
  for (const row of mix) {
    roll -= row.weight;
    if (roll < 0) {
      return row;
    }
  }
  return mix.at(-1);
}
