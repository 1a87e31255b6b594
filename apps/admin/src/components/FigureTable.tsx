import { tableToCsv } from '../figures/csv.js';
import { plotted, type Table } from '../figures/published-table.js';
import { useI18n } from '../i18n/i18n.js';
import { BarChart } from './BarChart.js';

function downloadText(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** One published table: its chart by year, the same numbers as a table, and a CSV export. */
export function FigureTable(props: { id: string; title: string; table: Table; stacked?: boolean }) {
  const { t } = useI18n();
  const { table } = props;
  const labels = { year: t('year'), total: t('total'), overall: t('allYears') };
  return (
    <section aria-labelledby={`figure-${props.id}`} data-figure={props.id}>
      <h4 id={`figure-${props.id}`}>{props.title}</h4>
      <BarChart
        title={props.title}
        labels={table.rows.map((r) => String(r.year))}
        series={table.columns.map((c) => ({
          label: c,
          data: table.rows.map((r) => plotted(r.cells[c])),
        }))}
        stacked={props.stacked ?? true}
      />
      <p className="hint">{t('suppressedNote')}</p>
      <table>
        <thead>
          <tr>
            <th>{labels.year}</th>
            {table.columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
            <th>{labels.total}</th>
          </tr>
        </thead>
        <tbody>
          {[...table.rows, { ...table.overall, year: labels.overall }].map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {table.columns.map((c) => (
                <td key={c}>{row.cells[c] ?? ''}</td>
              ))}
              <td>{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() => downloadText(`${props.id}.csv`, tableToCsv(table, labels), 'text/csv')}
      >
        {t('exportCsv')}: {props.title}
      </button>
    </section>
  );
}
