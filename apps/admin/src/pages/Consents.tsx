import { useState } from 'react';
import type { GatewayClient } from '../api/gateway-client.js';
import { Empty, ErrorNote } from '../components/ErrorNote.js';
import { useCall } from '../components/use-call.js';
import { useI18n } from '../i18n/i18n.js';

interface Scope {
  recipients: readonly unknown[];
  purposes: readonly string[];
  categories: readonly string[];
}

const recipientText = (r: unknown) => {
  const value = r as { by?: string; agency?: string; kind?: string };
  return value.agency ?? value.kind ?? JSON.stringify(r);
};

function ConsentTable(props: {
  rows: readonly {
    id: string;
    subject?: string | undefined;
    scope: Scope;
    withdrawnAt: string | null;
  }[];
}) {
  const { t } = useI18n();
  if (props.rows.length === 0) {
    return <Empty>{t('noConsents')}</Empty>;
  }
  return (
    <table>
      <thead>
        <tr>
          <th>{t('consentId')}</th>
          <th>{t('subject')}</th>
          <th>{t('recipients')}</th>
          <th>{t('purposes')}</th>
          <th>{t('categories')}</th>
          <th>{t('withdrawn')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((c) => (
          <tr key={c.id}>
            <td>
              <code>{c.id}</code>
            </td>
            <td>{c.subject ?? ''}</td>
            <td>{c.scope.recipients.map(recipientText).join(', ')}</td>
            <td>{c.scope.purposes.join(', ')}</td>
            <td>{c.scope.categories.join(', ')}</td>
            <td>{c.withdrawnAt ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Consent records by subject pseudonym and by the agency that holds them. */
export function Consents({ client }: { client: GatewayClient }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [subject, setSubject] = useState<string>();
  const [agency, setAgency] = useState<string>();
  const agencies = useCall(() => client.agencies.list.query(), [client]);
  const bySubject = useCall(
    () =>
      subject === undefined
        ? Promise.resolve(undefined)
        : client.consents.bySubject.query({ subject }),
    [client, subject],
  );
  const byAgency = useCall(
    () =>
      agency === undefined
        ? Promise.resolve(undefined)
        : client.consents.byAgency.query({ agencyId: agency }),
    [client, agency],
  );
  return (
    <>
      <section aria-labelledby="by-subject">
        <h3 id="by-subject">{t('bySubject')}</h3>
        <form
          className="inline"
          onSubmit={(e) => {
            e.preventDefault();
            setSubject(typed.trim());
          }}
        >
          <label>
            {t('subject')}
            <input value={typed} onChange={(e) => setTyped(e.target.value)} required />
          </label>
          <button type="submit">{t('show')}</button>
        </form>
        <ErrorNote error={bySubject.error} />
        {bySubject.data === undefined ? null : (
          <ConsentTable rows={bySubject.data.map((c) => ({ ...c, subject }))} />
        )}
      </section>
      <section aria-labelledby="by-agency">
        <h3 id="by-agency">{t('byAgency')}</h3>
        <label htmlFor="consent-agency">{t('agency')}</label>{' '}
        <select
          id="consent-agency"
          value={agency ?? ''}
          onChange={(e) => setAgency(e.target.value || undefined)}
        >
          <option value="">—</option>
          {(agencies.data ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.id} — {a.name}
            </option>
          ))}
        </select>
        <ErrorNote error={byAgency.error ?? agencies.error} />
        {byAgency.data === undefined ? null : <ConsentTable rows={byAgency.data} />}
      </section>
    </>
  );
}
