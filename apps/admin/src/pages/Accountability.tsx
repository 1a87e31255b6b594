import { useState } from 'react';
import type { GatewayClient } from '../api/gateway-client.js';
import { Empty, ErrorNote } from '../components/ErrorNote.js';
import { FigureTable } from '../components/FigureTable.js';
import { BarChart } from '../components/BarChart.js';
import { useCall } from '../components/use-call.js';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/messages.js';

const PUBLISHED = [
  'referralsByChannel',
  'recognition',
  'refusalsPrecededByConsultation',
  'reviewOutcomes',
  'childShare',
  'carePlansOnTime',
] as const;
const COUNTED = [
  'volumesByChannel',
  'volumesByType',
  'volumesBySender',
  'refusalsByCode',
  'consentWithdrawals',
  'childReferrals',
] as const;

/**
 * Accountability figures from their two sources, each said so: those the competent authority
 * computes from case content and publishes signed, and those the gateway counts from envelopes.
 */
export function Accountability({ client }: { client: GatewayClient }) {
  const { t } = useI18n();
  const thisYear = new Date().getUTCFullYear();
  const [period, setPeriod] = useState({ fromYear: thisYear - 1, toYear: thisYear });
  const [typed, setTyped] = useState(period);
  const published = useCall(() => client.accountability.published.query(), [client]);
  const counted = useCall(
    () => client.accountability.envelopeFigures.query(period),
    [client, period],
  );
  const p = published.data;
  return (
    <>
      <section aria-labelledby="authority">
        <h3 id="authority">{t('figuresFromAuthority')}</h3>
        <ErrorNote error={published.error} />
        {p === null ? <Empty>{t('noPublication')}</Empty> : null}
        {p === undefined || p === null ? null : (
          <>
            <p className="hint">
              {t('figuresFromAuthorityHint', {
                publisher: p.publisher,
                k: p.k,
                fingerprint: p.signerFingerprint,
                asOf: p.asOf,
              })}
            </p>
            {PUBLISHED.map((name) => {
              const figure = p.figures[name];
              return (
                <FigureTable
                  key={name}
                  id={name}
                  title={t(`chart_${name}` as MessageKey)}
                  table={'table' in figure ? figure.table : figure}
                />
              );
            })}
            <section aria-labelledby="time-to-decision" data-figure="timeToDecision">
              <h4 id="time-to-decision">{t('chart_timeToDecision')}</h4>
              <BarChart
                title={t('chart_timeToDecision')}
                labels={p.figures.timeToDecision.byYear.map((y) => String(y.year))}
                series={[
                  {
                    label: t('medianDays'),
                    data: p.figures.timeToDecision.byYear.map((y) => y.medianDays),
                  },
                ]}
              />
            </section>
          </>
        )}
      </section>
      <section aria-labelledby="gateway">
        <h3 id="gateway">{t('figuresFromGateway')}</h3>
        <form
          className="inline"
          onSubmit={(e) => {
            e.preventDefault();
            setPeriod(typed);
          }}
        >
          <label>
            {t('fromYear')}
            <input
              type="number"
              value={typed.fromYear}
              onChange={(e) => setTyped({ ...typed, fromYear: Number(e.target.value) })}
            />
          </label>
          <label>
            {t('toYear')}
            <input
              type="number"
              value={typed.toYear}
              onChange={(e) => setTyped({ ...typed, toYear: Number(e.target.value) })}
            />
          </label>
          <button type="submit">{t('show')}</button>
        </form>
        <ErrorNote error={counted.error} />
        {counted.data === undefined ? null : (
          <>
            <p className="hint">{t('figuresFromGatewayHint', { k: counted.data.k })}</p>
            {COUNTED.map((name) => (
              <FigureTable
                key={name}
                id={name}
                title={t(`chart_${name}` as MessageKey)}
                table={counted.data![name]}
              />
            ))}
            <h4>{t('deliveryHours')}</h4>
            <table>
              <thead>
                <tr>
                  <th>{t('year')}</th>
                  <th>{t('deliveries')}</th>
                  <th>{t('medianHours')}</th>
                </tr>
              </thead>
              <tbody>
                {counted.data.deliveryHours.map((d) => (
                  <tr key={d.year}>
                    <td>{d.year}</td>
                    <td>{d.deliveries}</td>
                    <td>{d.medianHours === null ? '—' : d.medianHours.toFixed(2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </>
  );
}
