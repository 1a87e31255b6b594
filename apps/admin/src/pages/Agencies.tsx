import { useState } from 'react';
import { refusalOf, type GatewayClient, type Refusal } from '../api/gateway-client.js';
import { Empty, ErrorNote } from '../components/ErrorNote.js';
import { useCall } from '../components/use-call.js';
import { useI18n } from '../i18n/i18n.js';
import { AgencyForm } from './AgencyForm.js';

/** Fingerprints in groups of four, as read aloud when compared by another channel. */
const grouped = (fingerprint: string) => fingerprint.toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');

/** Agencies, and the selected one's keys: register, rotate, revoke, fingerprints shown. */
export function Agencies({ client }: { client: GatewayClient }) {
  const { t } = useI18n();
  const agencies = useCall(() => client.agencies.list.query(), [client]);
  const [selected, setSelected] = useState<string>();
  const keys = useCall(
    () =>
      selected === undefined
        ? Promise.resolve(undefined)
        : client.keys.list.query({ agencyId: selected }),
    [client, selected],
  );
  const [publicKey, setPublicKey] = useState('');
  const [overlapDays, setOverlapDays] = useState(7);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<Refusal>();
  const act = async (action: () => Promise<string>) => {
    setNotice(undefined);
    setError(undefined);
    try {
      setNotice(await action());
      keys.reload();
    } catch (caught) {
      setError(refusalOf(caught));
    }
  };
  return (
    <>
      <ErrorNote error={agencies.error} />
      {agencies.data === undefined ? null : (
        <table>
          <thead>
            <tr>
              <th>{t('agency')}</th>
              <th>{t('name')}</th>
              <th>{t('kind')}</th>
              <th>{t('webhook')}</th>
            </tr>
          </thead>
          <tbody>
            {agencies.data.map((a) => (
              <tr key={a.id}>
                <td>
                  <button
                    type="button"
                    aria-pressed={selected === a.id}
                    onClick={() => setSelected(a.id)}
                  >
                    {a.id}
                  </button>
                </td>
                <td>{a.name}</td>
                <td>{a.kind}</td>
                <td>{a.webhookUrl ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AgencyForm
        client={client}
        kinds={[...new Set((agencies.data ?? []).map((a) => a.kind))].sort()}
        onSaved={agencies.reload}
      />
      {selected === undefined ? (
        <Empty>{t('chooseAgency')}</Empty>
      ) : (
        <section aria-labelledby="keys">
          <h3 id="keys">{t('keysOf', { agency: selected })}</h3>
          <ErrorNote error={keys.error ?? error} />
          {notice === undefined ? null : (
            <p role="status" className="notice">
              {notice}
            </p>
          )}
          {keys.data === undefined ? null : (
            <table data-testid="keys">
              <thead>
                <tr>
                  <th>{t('fingerprint')}</th>
                  <th>{t('state')}</th>
                  <th>{t('validFrom')}</th>
                  <th>{t('validUntil')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {keys.data.map((k) => (
                  <tr key={k.fingerprint}>
                    <td>
                      <code className="fingerprint">{grouped(k.fingerprint)}</code>
                    </td>
                    <td>{k.state}</td>
                    <td>{k.validFrom}</td>
                    <td>{k.validUntil ?? '—'}</td>
                    <td>
                      {k.state === 'revoked' ? null : (
                        <button
                          type="button"
                          onClick={() => {
                            if (
                              window.confirm(
                                t('revokeConfirm', { fingerprint: grouped(k.fingerprint) }),
                              )
                            ) {
                              void act(async () => {
                                await client.keys.revoke.mutate({ fingerprint: k.fingerprint });
                                return t('revoked');
                              });
                            }
                          }}
                        >
                          {t('revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <form className="inline" onSubmit={(e) => e.preventDefault()}>
            <label>
              {t('publicKey')}
              <textarea
                rows={6}
                cols={64}
                value={publicKey}
                onChange={(e) => setPublicKey(e.target.value)}
              />
            </label>
            <label>
              {t('overlapDays')}
              <input
                type="number"
                min={0}
                max={90}
                value={overlapDays}
                onChange={(e) => setOverlapDays(Number(e.target.value))}
              />
            </label>
            <button
              type="button"
              onClick={() =>
                void act(async () => {
                  const key = await client.keys.register.mutate({ agencyId: selected, publicKey });
                  return t('keyRegistered', { fingerprint: grouped(key.fingerprint) });
                })
              }
            >
              {t('registerKey')}
            </button>
            <button
              type="button"
              onClick={() =>
                void act(async () => {
                  const key = await client.keys.rotate.mutate({
                    agencyId: selected,
                    publicKey,
                    overlapSeconds: overlapDays * 86_400,
                  });
                  return t('keyRegistered', { fingerprint: grouped(key.fingerprint) });
                })
              }
            >
              {t('rotateKey')}
            </button>
          </form>
        </section>
      )}
    </>
  );
}
