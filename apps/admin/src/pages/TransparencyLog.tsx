import { useEffect, useState } from 'react';
import { refusalOf, type GatewayClient, type Refusal } from '../api/gateway-client.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useI18n } from '../i18n/i18n.js';
import { verifyConsistency } from '../log/verify-consistency.js';

/** The head this viewer last saw verified: the next check must prove the log only grew since. */
const SEEN = 'nrm-admin-log-head';
const POLL_MS = 10_000;

interface Head {
  treeSize: number;
  rootHash: string;
  timestamp: string;
}

interface Check {
  gateway: { verified: boolean; problems: readonly string[] };
  latest: Head | null;
  browser: { old: number; new: number; ok: boolean } | null;
}

const seenHead = (): Head | undefined => {
  const raw = sessionStorage.getItem(SEEN);
  return raw === null ? undefined : (JSON.parse(raw) as Head);
};

async function check(client: GatewayClient): Promise<Check> {
  const seen = seenHead();
  const answer = await client.log.verification.query(
    seen === undefined ? {} : { since: seen.treeSize },
  );
  const old = seen ?? answer.previous ?? undefined;
  const { latest, consistency } = answer;
  let browser: Check['browser'] = null;
  if (old !== undefined && latest !== null && old.treeSize > latest.treeSize) {
    // The log is smaller than when this viewer last saw it: entries were removed.
    browser = { old: old.treeSize, new: latest.treeSize, ok: false };
  } else if (old !== undefined && latest !== null && consistency !== null) {
    browser = {
      old: old.treeSize,
      new: latest.treeSize,
      ok: await verifyConsistency(
        old.treeSize,
        latest.treeSize,
        old.rootHash,
        latest.rootHash,
        consistency.proof,
      ),
    };
  }
  const gateway = answer.gatewayCheck.verified
    ? { verified: true, problems: [] }
    : { verified: false, problems: answer.gatewayCheck.problems };
  if (gateway.verified && latest !== null && (browser === null || browser.ok)) {
    sessionStorage.setItem(SEEN, JSON.stringify(latest));
  }
  return { gateway, latest, browser };
}

/**
 * The live verification badge: green only when the gateway's own recomputation of every
 * entry matches its signed heads and this browser verified the consistency proof from the
 * head it saw before; red as soon as either fails. Re-checked every 10 seconds.
 */
export function TransparencyLog({ client }: { client: GatewayClient }) {
  const { t } = useI18n();
  const [state, setState] = useState<Check>();
  const [error, setError] = useState<Refusal>();
  useEffect(() => {
    let live = true;
    const run = () =>
      check(client).then(
        (next) => live && (setState(next), setError(undefined)),
        (caught: unknown) => live && setError(refusalOf(caught)),
      );
    void run();
    const timer = window.setInterval(() => void run(), POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [client]);
  const verdict =
    state === undefined
      ? 'checking'
      : state.gateway.verified && (state.browser === null || state.browser.ok)
        ? 'verified'
        : 'failed';
  const result = (ok: boolean) => (ok ? t('passed') : t('failed'));
  return (
    <>
      <p>
        <span className="badge" data-testid="log-badge" data-state={verdict} role="status">
          {verdict === 'verified'
            ? t('logBadgeVerified')
            : verdict === 'failed'
              ? t('logBadgeFailed')
              : t('logBadgeChecking')}
        </span>
      </p>
      <ErrorNote error={error} />
      {state === undefined ? null : (
        <ul>
          <li>{t('logGatewayCheck', { result: result(state.gateway.verified) })}</li>
          {state.gateway.problems.length === 0 ? null : (
            <li>{t('logProblems', { problems: state.gateway.problems.join('; ') })}</li>
          )}
          <li>
            {state.browser === null
              ? t('logNoProof')
              : t('logBrowserCheck', {
                  old: state.browser.old,
                  new: state.browser.new,
                  result: result(state.browser.ok),
                })}
          </li>
          {state.latest === null ? null : (
            <li>
              {t('logLatest', {
                size: state.latest.treeSize,
                root: state.latest.rootHash,
                at: state.latest.timestamp,
              })}
            </li>
          )}
        </ul>
      )}
      <p className="hint">{t('logLive')}</p>
    </>
  );
}
