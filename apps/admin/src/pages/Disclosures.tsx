import { useState } from 'react';
import type { GatewayClient } from '../api/gateway-client.js';
import { Empty, ErrorNote } from '../components/ErrorNote.js';
import { useCall } from '../components/use-call.js';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/messages.js';

const KINDS = ['disclosures', 'denied', 'nonConsent', 'alerts'] as const;
type Kind = (typeof KINDS)[number];

interface Row {
  seq: number;
  at: string;
  messageType: string;
  subject: string;
  sender: string;
  recipient: string;
  purpose: string;
  categories: readonly string[];
  outcome: string;
  basis?: unknown;
  reasonCode?: string;
}

const basisText = (basis: unknown): string => {
  const b = basis as { kind?: string; ruleId?: string; consentId?: string } | undefined;
  if (b === undefined) {
    return '—';
  }
  return b.kind === 'policy' ? `policy: ${b.ruleId ?? ''}` : `consent: ${b.consentId ?? ''}`;
};

/** What was disclosed, refused, disclosed without consent, and the DPO's alerts. */
export function Disclosures({ client }: { client: GatewayClient }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('disclosures');
  const [subject, setSubject] = useState('');
  const [agency, setAgency] = useState('');
  const [filter, setFilter] = useState<{ subject?: string; agency?: string }>({});
  const rows = useCall<readonly Row[]>(async () => {
    const input = { ...filter, limit: 500 };
    switch (kind) {
      case 'disclosures':
        return await client.dpo.disclosures.query({ ...input, outcome: 'allowed' });
      case 'denied':
        return await client.dpo.denied.query(input);
      case 'nonConsent':
        return await client.dpo.nonConsent.query(input);
      case 'alerts':
        return await client.dpo.alerts.query(input);
    }
  }, [client, kind, filter]);
  return (
    <>
      <div role="tablist" aria-label={t('page_disclosures')}>
        {KINDS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={kind === k}
            onClick={() => setKind(k)}
          >
            {t(k as MessageKey)}
          </button>
        ))}
      </div>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter({
            ...(subject.trim() === '' ? {} : { subject: subject.trim() }),
            ...(agency.trim() === '' ? {} : { agency: agency.trim() }),
          });
        }}
      >
        <label>
          {t('filterSubject')}
          <input value={subject} onChange={(e) => setSubject(e.target.value)} />
        </label>
        <label>
          {t('filterAgency')}
          <input value={agency} onChange={(e) => setAgency(e.target.value)} />
        </label>
        <button type="submit">{t('show')}</button>
      </form>
      <h3>{t(kind)}</h3>
      <ErrorNote error={rows.error} />
      {rows.data?.length === 0 ? <Empty>{t('noRecords')}</Empty> : null}
      {rows.data === undefined || rows.data.length === 0 ? null : (
        <table data-testid={`disclosures-${kind}`}>
          <thead>
            <tr>
              <th>{t('at')}</th>
              <th>{t('type')}</th>
              <th>{t('subject')}</th>
              <th>{t('sender')}</th>
              <th>{t('recipient')}</th>
              <th>{t('purpose')}</th>
              <th>{t('categories')}</th>
              <th>{t('outcome')}</th>
              <th>{t('basis')}</th>
              <th>{t('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.data.map((r) => (
              <tr key={`${r.seq} ${r.recipient}`}>
                <td>{r.at}</td>
                <td>{r.messageType}</td>
                <td>{r.subject}</td>
                <td>{r.sender}</td>
                <td>{r.recipient}</td>
                <td>{r.purpose}</td>
                <td>{r.categories.join(', ')}</td>
                <td>{r.outcome}</td>
                <td>{basisText(r.basis)}</td>
                <td>{r.reasonCode ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
