import { useMemo, useState } from 'react';
import { gatewayClient } from '../api/gateway-client.js';
import { I18nProvider, useI18n } from '../i18n/i18n.js';
import { LANGUAGES, type Language } from '../i18n/messages.js';
import { Accountability } from '../pages/Accountability.js';
import { Agencies } from '../pages/Agencies.js';
import { Consents } from '../pages/Consents.js';
import { Disclosures } from '../pages/Disclosures.js';
import { Operations } from '../pages/Operations.js';
import { Policy } from '../pages/Policy.js';
import { ProcedureMap } from '../pages/ProcedureMap.js';
import { SubjectAccess } from '../pages/SubjectAccess.js';
import { TransparencyLog } from '../pages/TransparencyLog.js';
import { PAGES_BY_ROLE, type Page } from './roles.js';
import { loadSession, saveSession, type Session } from './session.js';
import { SignIn } from './SignIn.js';
import { useRoute } from './use-route.js';
import type { GatewayClient } from '../api/gateway-client.js';

const VIEWS: Record<Page, (props: { client: GatewayClient; session: Session }) => React.ReactNode> =
  {
    operations: Operations,
    agencies: Agencies,
    consents: Consents,
    disclosures: Disclosures,
    policy: Policy,
    log: TransparencyLog,
    'subject-access': SubjectAccess,
    accountability: Accountability,
    procedure: ProcedureMap,
  };

export function App() {
  const [language, setLanguage] = useState<Language>(
    () => (sessionStorage.getItem('nrm-admin-language') as Language | null) ?? 'en',
  );
  const choose = (next: Language) => {
    sessionStorage.setItem('nrm-admin-language', next);
    document.documentElement.lang = next;
    setLanguage(next);
  };
  return (
    <I18nProvider language={language}>
      <Shell language={language} onLanguage={choose} />
    </I18nProvider>
  );
}

function Shell(props: { language: Language; onLanguage: (l: Language) => void }) {
  const { t } = useI18n();
  const [session, setSession] = useState(loadSession);
  const [page, go] = useRoute();
  const client = useMemo(
    () => (session === undefined ? undefined : gatewayClient(session.token)),
    [session],
  );
  const signIn = (next: Session | undefined) => {
    saveSession(next);
    setSession(next);
    // Stay on the page asked for when the role may open it; else the role's first page.
    if (next !== undefined && !PAGES_BY_ROLE[next.role].some((p) => p === page)) {
      go(PAGES_BY_ROLE[next.role][0] ?? '');
    }
  };
  const pages = session === undefined ? [] : PAGES_BY_ROLE[session.role];
  const current = pages.find((p) => p === page);
  const View = current === undefined ? undefined : VIEWS[current];
  return (
    <>
      <header>
        <h1>{t('appTitle')}</h1>
        <label>
          {t('language')}{' '}
          <select
            value={props.language}
            onChange={(e) => props.onLanguage(e.target.value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === 'en' ? 'English' : 'Srpski (latinica)'}
              </option>
            ))}
          </select>
        </label>
        {session === undefined ? null : (
          <p className="who">
            {t('signedInAs', { name: session.name, role: t(`role_${session.role}`) })}{' '}
            <button type="button" onClick={() => signIn(undefined)}>
              {t('signOut')}
            </button>
          </p>
        )}
      </header>
      {session === undefined || client === undefined ? (
        <main>
          <SignIn onSignedIn={signIn} />
        </main>
      ) : (
        <div className="layout">
          <nav aria-label="pages">
            <ul>
              {pages.map((p) => (
                <li key={p}>
                  <a
                    href={`/admin/${p}`}
                    aria-current={p === current ? 'page' : undefined}
                    onClick={(e) => {
                      e.preventDefault();
                      go(p);
                    }}
                  >
                    {t(`page_${p}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <main>
            {View === undefined || current === undefined ? (
              page === '' ? null : (
                <p role="alert" className="error">
                  {t('notYourPage')}
                </p>
              )
            ) : (
              <>
                <h2>{t(`page_${current}`)}</h2>
                <View client={client} session={session} />
              </>
            )}
          </main>
        </div>
      )}
    </>
  );
}
