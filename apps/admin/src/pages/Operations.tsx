import { useState } from 'react';
import { refusalOf, type GatewayClient, type Refusal } from '../api/gateway-client.js';
import { BarChart } from '../components/BarChart.js';
import { Empty, ErrorNote } from '../components/ErrorNote.js';
import { useCall } from '../components/use-call.js';
import { useI18n } from '../i18n/i18n.js';
import { MessageTrace } from './MessageTrace.js';

async function probe(path: string): Promise<{ ok: boolean; detail: string }> {
  try {
    const response = await fetch(path);
    const body = (await response.json()) as { status?: string; error?: { message?: string } };
    return { ok: response.ok, detail: body.status ?? body.error?.message ?? '' };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The operator's view: health, queues, throughput, dead letters, recent deliveries, trace. */
export function Operations({ client }: { client: GatewayClient }) {
  const { t } = useI18n();
  const [traced, setTraced] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [actionError, setActionError] = useState<Refusal>();
  const health = useCall(
    async () => ({ live: await probe('/healthz'), ready: await probe('/readyz') }),
    [],
  );
  const queues = useCall(() => client.operations.queues.query(), [client]);
  const hours = useCall(() => client.operations.throughput.query({ hours: 24 }), [client]);
  const dead = useCall(() => client.operations.deadLetters.query({ limit: 100 }), [client]);
  const recent = useCall(() => client.deliveries.list.query({ limit: 20 }), [client]);
  const redeliver = async (messageId: string, recipient: string) => {
    setNotice(undefined);
    setActionError(undefined);
    try {
      await client.deliveries.redeliver.mutate({ messageId, recipient });
      setNotice(t('redelivered', { recipient }));
      dead.reload();
      queues.reload();
      recent.reload();
    } catch (error) {
      setActionError(refusalOf(error));
    }
  };
  return (
    <>
      <section aria-labelledby="health">
        <h3 id="health">{t('health')}</h3>
        {health.data === undefined ? (
          <p>{t('loading')}</p>
        ) : (
          <ul>
            <li data-testid="live">
              {t('healthLive')}: {health.data.live.ok ? t('ok') : t('notOk')}{' '}
              {health.data.live.detail}
            </li>
            <li data-testid="ready">
              {t('healthReady')}: {health.data.ready.ok ? t('ok') : t('notOk')}{' '}
              {health.data.ready.detail}
            </li>
          </ul>
        )}
        <button type="button" onClick={health.reload}>
          {t('refresh')}
        </button>
      </section>
      <section aria-labelledby="queues">
        <h3 id="queues">{t('queueDepths')}</h3>
        <ErrorNote error={queues.error} />
        {queues.data === undefined ? null : (
          <table>
            <thead>
              <tr>
                <th>{t('status')}</th>
                <th>{t('count')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(queues.data).map(([status, count]) => (
                <tr key={status}>
                  <td>{status}</td>
                  <td data-status={status}>{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="throughput">
        <h3 id="throughput">{t('throughput')}</h3>
        <ErrorNote error={hours.error} />
        {hours.data === undefined ? null : (
          <BarChart
            title={t('throughput')}
            labels={hours.data.map((h) => h.hour.slice(11, 16))}
            series={[{ label: t('accepted'), data: hours.data.map((h) => h.accepted) }]}
          />
        )}
      </section>
      <section aria-labelledby="dead">
        <h3 id="dead">{t('deadLetters')}</h3>
        <ErrorNote error={dead.error ?? actionError} />
        {notice === undefined ? null : (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
        {dead.data?.length === 0 ? <Empty>{t('noDeadLetters')}</Empty> : null}
        {dead.data === undefined || dead.data.length === 0 ? null : (
          <table data-testid="dead-letters">
            <thead>
              <tr>
                <th>{t('messageId')}</th>
                <th>{t('type')}</th>
                <th>{t('sender')}</th>
                <th>{t('recipient')}</th>
                <th>{t('attempts')}</th>
                <th>{t('lastError')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {dead.data.map((d) => (
                <tr key={`${d.messageId} ${d.recipient}`}>
                  <td>
                    <code>{d.messageId}</code>
                  </td>
                  <td>{d.type}</td>
                  <td>{d.sender}</td>
                  <td>{d.recipient}</td>
                  <td>{d.attempts}</td>
                  <td>{d.lastError}</td>
                  <td>
                    <button type="button" onClick={() => void redeliver(d.messageId, d.recipient)}>
                      {t('redeliver')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="recent">
        <h3 id="recent">{t('recentDeliveries')}</h3>
        <ErrorNote error={recent.error} />
        {recent.data?.length === 0 ? <Empty>{t('noDeliveries')}</Empty> : null}
        {recent.data === undefined || recent.data.length === 0 ? null : (
          <table data-testid="recent-deliveries">
            <thead>
              <tr>
                <th>{t('messageId')}</th>
                <th>{t('recipient')}</th>
                <th>{t('status')}</th>
                <th>{t('updated')}</th>
              </tr>
            </thead>
            <tbody>
              {recent.data.map((d) => (
                <tr key={`${d.message_id} ${d.recipient}`}>
                  <td>
                    <button type="button" onClick={() => setTraced(d.message_id)}>
                      {t('openTrace')} <code>{d.message_id}</code>
                    </button>
                  </td>
                  <td>{d.recipient}</td>
                  <td>{d.status}</td>
                  <td>{d.updated_at}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <MessageTrace client={client} id={traced} onId={setTraced} />
    </>
  );
}
