import { useState } from 'react';
import type { GatewayClient } from '../api/gateway-client.js';
import type { Session } from '../app/session.js';
import { Empty, ErrorNote } from '../components/ErrorNote.js';
import { useCall } from '../components/use-call.js';
import { useI18n } from '../i18n/i18n.js';

/** Roles allowed to list pseudonymous cases (the server checks again). */
const MAY_SEE_CASES = new Set(['dpo', 'auditor']);

/**
 * The identification procedure from `@nrm/domain`'s state machine: every phase in order with
 * the events it accepts and the published number of cases in it; selecting a phase lists
 * its pseudonymous cases for the roles allowed to see them.
 */
export function ProcedureMap({ client, session }: { client: GatewayClient; session: Session }) {
  const { t } = useI18n();
  const map = useCall(() => client.accountability.procedureMap.query(), [client]);
  const [phase, setPhase] = useState<string>();
  const cases = useCall(
    () =>
      phase === undefined || !MAY_SEE_CASES.has(session.role)
        ? Promise.resolve(undefined)
        : client.accountability.cases.query({ phase: phase as 'received' }),
    [client, phase, session.role],
  );
  if (map.data === undefined) {
    return <ErrorNote error={map.error} />;
  }
  return (
    <>
      <h3>{t('procedureTitle')}</h3>
      {map.data.asOf === null ? (
        <Empty>{t('procedureNoCounts')}</Empty>
      ) : (
        <p className="hint">{t('procedureHint', { asOf: map.data.asOf })}</p>
      )}
      <ol className="phases" aria-label={t('procedureTitle')}>
        {map.data.phases.map((p) => (
          <li key={p.phase}>
            <button
              type="button"
              className="phase"
              data-phase={p.phase}
              data-terminal={p.terminal}
              aria-pressed={phase === p.phase}
              onClick={() => setPhase(p.phase)}
            >
              <span className="cases">{p.cases ?? '—'}</span> <strong>{p.phase}</strong>
              {p.terminal ? <> ({t('terminal')})</> : null}
              {p.events.length === 0 ? null : (
                <>
                  <br />
                  <small>
                    {t('events')}: {p.events.join(', ')}
                  </small>
                </>
              )}
            </button>
          </li>
        ))}
      </ol>
      {MAY_SEE_CASES.has(session.role) ? (
        <section aria-live="polite">
          {phase === undefined ? (
            <p className="hint">{t('casesHint')}</p>
          ) : (
            <>
              <h4>{t('casesIn', { phase })}</h4>
              <ErrorNote error={cases.error} />
              {cases.data?.length === 0 ? <Empty>{t('noCases')}</Empty> : null}
              <ul data-testid="cases">
                {(cases.data ?? []).map((c) => (
                  <li key={c}>
                    <code>{c}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
