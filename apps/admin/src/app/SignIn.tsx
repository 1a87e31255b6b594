import { useState } from 'react';
import { gatewayClient, refusalOf, type Refusal } from '../api/gateway-client.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useI18n } from '../i18n/i18n.js';
import type { Session } from './session.js';

/** Sign-in with an admin token; the gateway says who it is and which role it has. */
export function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useI18n();
  const [token, setToken] = useState('');
  const [error, setError] = useState<Refusal>();
  const [agency, setAgency] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setAgency(false);
    try {
      const who = await gatewayClient(token.trim()).whoami.query();
      if (who.kind !== 'admin') {
        setAgency(true);
        return;
      }
      onSignedIn({ token: token.trim(), name: who.name, role: who.role });
    } catch (caught) {
      setError(refusalOf(caught));
    }
  };
  return (
    <form className="sign-in" onSubmit={(e) => void submit(e)}>
      <h2>{t('signIn')}</h2>
      <label htmlFor="token">{t('adminToken')}</label>
      <input
        id="token"
        type="password"
        autoComplete="off"
        value={token}
        onChange={(e) => setToken(e.target.value)}
        required
      />
      <p className="hint">{t('adminTokenHint')}</p>
      <button type="submit">{t('signIn')}</button>
      {agency ? (
        <p role="alert" className="error">
          {t('agencyToken')}
        </p>
      ) : null}
      <ErrorNote error={error} />
    </form>
  );
}
