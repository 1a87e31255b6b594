import { useEffect, useState } from 'react';
import type { GatewayClient } from '../api/gateway-client.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useCall } from '../components/use-call.js';
import { useI18n } from '../i18n/i18n.js';

/** One message's envelope facts and each recipient's status timeline with its codes. */
export function MessageTrace(props: {
  client: GatewayClient;
  id: string | undefined;
  onId: (id: string) => void;
}) {
  const { t } = useI18n();
  const [typed, setTyped] = useState(props.id ?? '');
  useEffect(() => setTyped(props.id ?? ''), [props.id]);
  const trace = useCall(
    () =>
      props.id === undefined
        ? Promise.resolve(undefined)
        : props.client.operations.trace.query({ id: props.id }),
    [props.client, props.id],
  );
  return (
    <section aria-labelledby="trace">
      <h3 id="trace">{t('trace')}</h3>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          props.onId(typed.trim());
        }}
      >
        <label>
          {t('messageId')}
          <input value={typed} onChange={(e) => setTyped(e.target.value)} size={40} required />
        </label>
        <button type="submit">{t('openTrace')}</button>
      </form>
      {props.id === undefined ? <p className="hint">{t('traceHint')}</p> : null}
      <ErrorNote error={trace.error} />
      {trace.data === undefined ? null : (
        <article data-testid="trace">
          <h4>{t('traceOf', { id: trace.data.message.id })}</h4>
          <dl>
            <dt>{t('type')}</dt>
            <dd>
              {trace.data.message.type} v{trace.data.message.version}
            </dd>
            <dt>{t('sender')}</dt>
            <dd>{trace.data.message.sender}</dd>
            <dt>{t('acceptedAt')}</dt>
            <dd>{trace.data.message.accepted_at}</dd>
            <dt>{t('expiresAt')}</dt>
            <dd>{trace.data.message.expires_at}</dd>
          </dl>
          {trace.data.recipients.map((r) => (
            <section key={r.recipient} data-recipient={r.recipient}>
              <h5>
                {r.recipient}: {r.status} ({t('attempts')}: {r.attempts})
              </h5>
              <ol>
                {r.events.map((e, i) => (
                  <li key={i}>
                    <time dateTime={e.at}>{e.at}</time> — {t(`event_${e.event}`)}
                    {e.code === undefined ? null : (
                      <>
                        {' '}
                        <code>{e.code}</code>
                      </>
                    )}
                    {e.detail === undefined ? null : <> ({e.detail})</>}
                  </li>
                ))}
              </ol>
              {r.lastError === null ? null : (
                <p>
                  {t('lastError')}: {r.lastError}
                </p>
              )}
            </section>
          ))}
        </article>
      )}
    </section>
  );
}
