import { describe, expect, it } from 'vitest';
import { demoCaseRegister } from '../demo/figures/case-register.js';
import { figuresDocument } from '../demo/figures/publish-figures.js';
import { StatisticsDocument } from './statistics-document.js';
import { assertSuppressed } from './suppression-check.js';

const asOf = new Date('2026-06-30T12:00:00.000Z');
const fresh = () =>
  StatisticsDocument.parse(
    JSON.parse(JSON.stringify(figuresDocument(demoCaseRegister(asOf), asOf))),
  );

function refusal(document: StatisticsDocument) {
  try {
    assertSuppressed(document);
  } catch (error) {
    return error;
  }
  throw new Error('the document was not refused');
}

describe('assertSuppressed', () => {
  it('accepts what @nrm/domain suppressed', () => {
    expect(() => assertSuppressed(fresh())).not.toThrow();
  });

  it('refuses a hidden marker for another threshold', () => {
    const document = fresh();
    document.procedure.phases.received = '<3';
    expect(refusal(document)).toMatchObject({
      code: 'SCHEMA_INVALID',
      path: 'procedure.phases.received',
    });
  });

  it('refuses a column with exactly one hidden value', () => {
    const document = fresh();
    const table = document.figures.referralsByChannel;
    const row = table.rows.find((r) => typeof r.cells['police'] === 'number');
    // Hide one police count and the same amount elsewhere in its row, so the row line still
    // has two hidden values and only the police column gives it away.
    const other = table.columns.find((c) => c !== 'police' && typeof row?.cells[c] === 'number');
    if (row === undefined || other === undefined) {
      throw new Error('the demo table has no fully shown row');
    }
    row.cells['police'] = '<5';
    row.cells[other] = '<5';
    const columnsWithOneHidden = table.columns.filter(
      (c) => table.rows.filter((r) => typeof r.cells[c] === 'string').length === 1,
    );
    expect(columnsWithOneHidden).toContain('police');
    expect(refusal(document)).toMatchObject({
      code: 'SCHEMA_INVALID',
      path: expect.stringMatching(/^figures\.referralsByChannel\.columns\./),
    });
  });

  it('refuses decision times shown for a suppressed number of decisions', () => {
    const document = fresh();
    const year = document.figures.timeToDecision.byYear[0];
    if (year === undefined) {
      throw new Error('no decision year');
    }
    year.decisions = '<5';
    year.medianDays = 12;
    expect(refusal(document)).toMatchObject({
      code: 'SCHEMA_INVALID',
      path: 'figures.timeToDecision.byYear.0.medianDays',
    });
  });
});
