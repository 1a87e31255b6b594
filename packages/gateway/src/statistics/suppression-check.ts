import { GatewayError } from '@nrm/client/errors';
import type { StatisticsDocument } from './statistics-document.js';

type Count = number | string;

/**
 * Refuses a document with a count a reader could use to single someone out: a shown count
 * below k (zero included, as `suppressSmallCells` hides it), a hidden marker other than
 * `<k`, or a line (row or column with its total) where exactly one value is hidden and so
 * is the total minus the others. The first offending path is named.
 */
export function assertSuppressed(document: StatisticsDocument): void {
  const { k } = document;
  const check = (count: Count, path: string): void => {
    const ok = typeof count === 'number' ? count >= k : count === `<${k}`;
    if (!ok) {
      throw new GatewayError('SCHEMA_INVALID', {
        message: `The count at ${path} is not suppressed at k = ${k}: counts below k are published as "<${k}".`,
        path,
      });
    }
  };
  const hidden = (count: Count | undefined) => typeof count === 'string';
  const checkLine = (members: (Count | undefined)[], total: Count, path: string): void => {
    if (members.filter(hidden).length + (hidden(total) ? 1 : 0) === 1) {
      throw new GatewayError('SCHEMA_INVALID', {
        message: `Exactly one value is hidden at ${path}: it follows from the others (complementary suppression is missing).`,
        path,
      });
    }
  };
  const checkTable = (table: StatisticsDocument['figures']['referralsByChannel'], path: string) => {
    const rows = [...table.rows.map((row, i) => ({ row, at: `${path}.rows.${i}` }))];
    rows.push({ row: { ...table.overall, year: 0 }, at: `${path}.overall` });
    for (const { row, at } of rows) {
      for (const [column, count] of Object.entries(row.cells)) {
        check(count, `${at}.cells.${column}`);
      }
      check(row.total, `${at}.total`);
      checkLine(Object.values(row.cells), row.total, at);
    }
    for (const column of table.columns) {
      checkLine(
        table.rows.map((row) => row.cells[column]),
        table.overall.cells[column] ?? 0,
        `${path}.columns.${column}`,
      );
    }
  };
  const { figures } = document;
  checkTable(figures.referralsByChannel, 'figures.referralsByChannel');
  for (const name of [
    'recognition',
    'refusalsPrecededByConsultation',
    'reviewOutcomes',
    'childShare',
    'carePlansOnTime',
  ] as const) {
    checkTable(figures[name].table, `figures.${name}.table`);
  }
  const times = [
    ...figures.timeToDecision.byYear.map((t, i) => ({
      t,
      at: `figures.timeToDecision.byYear.${i}`,
    })),
    { t: figures.timeToDecision.overall, at: 'figures.timeToDecision.overall' },
  ];
  for (const { t, at } of times) {
    check(t.decisions, `${at}.decisions`);
    if (typeof t.decisions === 'string' && (t.medianDays !== null || t.p90Days !== null)) {
      throw new GatewayError('SCHEMA_INVALID', {
        message: `${at} shows times for a suppressed number of decisions.`,
        path: `${at}.medianDays`,
      });
    }
  }
  for (const [phase, count] of Object.entries(document.procedure.phases)) {
    check(count, `procedure.phases.${phase}`);
  }
}
