import { useState } from 'react';
import { refusalOf, type GatewayClient, type Refusal } from '../api/gateway-client.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * Register an agency, or change one (same id): name, kind, country, competent areas and
 * webhook. The gateway validates every field and names the one it refuses.
 */
export function AgencyForm(props: {
  client: GatewayClient;
  kinds: readonly string[];
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [fields, setFields] = useState({
    id: '',
    name: '',
    kind: '',
    jurisdiction: 'RS',
    areas: '',
    webhookUrl: '',
  });
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<Refusal>();
  const set = (name: keyof typeof fields) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setFields({ ...fields, [name]: e.target.value });
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    setError(undefined);
    try {
      await props.client.agencies.register.mutate({
        agency: {
          id: fields.id.trim(),
          name: fields.name.trim(),
          // Sent as typed: the gateway refuses an unknown kind with the field's path.
          kind: fields.kind.trim() as 'ngo',
          jurisdiction: fields.jurisdiction.trim(),
          competentAreas: fields.areas
            .split(',')
            .map((a) => a.trim())
            .filter((a) => a !== ''),
        },
        webhookUrl: fields.webhookUrl.trim() === '' ? null : fields.webhookUrl.trim(),
      });
      setNotice(t('agencyRegistered', { id: fields.id.trim() }));
      props.onSaved();
    } catch (caught) {
      setError(refusalOf(caught));
    }
  };
  return (
    <section aria-labelledby="register-agency">
      <h3 id="register-agency">{t('registerAgency')}</h3>
      <form className="inline" onSubmit={(e) => void submit(e)}>
        <label>
          {t('agencyId')}
          <input value={fields.id} onChange={set('id')} required />
        </label>
        <label>
          {t('name')}
          <input value={fields.name} onChange={set('name')} required />
        </label>
        <label>
          {t('kind')}
          <input value={fields.kind} onChange={set('kind')} list="agency-kinds" required />
        </label>
        <datalist id="agency-kinds">
          {props.kinds.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
        <label>
          {t('jurisdiction')}
          <input value={fields.jurisdiction} onChange={set('jurisdiction')} size={4} required />
        </label>
        <label>
          {t('competentAreas')}
          <input value={fields.areas} onChange={set('areas')} />
        </label>
        <label>
          {t('webhookUrl')}
          <input value={fields.webhookUrl} onChange={set('webhookUrl')} type="url" />
        </label>
        <button type="submit">{t('registerAgency')}</button>
      </form>
      {notice === undefined ? null : (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <ErrorNote error={error} />
    </section>
  );
}
