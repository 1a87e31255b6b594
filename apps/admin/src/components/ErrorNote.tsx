import type { Refusal } from '../api/gateway-client.js';
import { useI18n } from '../i18n/i18n.js';

/** A refusal in words: the gateway's message and code, and the field it concerns. */
export function ErrorNote({ error }: { error: Refusal | undefined }) {
  const { t } = useI18n();
  if (error === undefined) {
    return null;
  }
  return (
    <p role="alert" className="error">
      {error.code === 'GATEWAY_UNREACHABLE'
        ? t('unreachable')
        : t('errorPrefix', { message: error.message, code: error.code })}
      {error.path === undefined ? null : <> {t('errorPath', { path: error.path })}</>}
    </p>
  );
}

/** An empty state that says what to do next. */
export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="empty">{children}</p>;
}
