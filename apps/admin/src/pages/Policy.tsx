import type { GatewayClient } from '../api/gateway-client.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useCall } from '../components/use-call.js';
import { useI18n } from '../i18n/i18n.js';

/** The lawful-basis policy the gateway applies now, with its digest as logged. */
export function Policy({ client }: { client: GatewayClient }) {
  const { t } = useI18n();
  const policy = useCall(() => client.dpo.policy.query(), [client]);
  if (policy.data === undefined) {
    return <ErrorNote error={policy.error} />;
  }
  const { id, version, digest } = policy.data;
  return (
    <>
      <dl>
        <dt>{t('policyInForce')}</dt>
        <dd>{id}</dd>
        <dt>{t('version')}</dt>
        <dd>{version}</dd>
        <dt>{t('digest')}</dt>
        <dd>
          <code>{digest}</code>
        </dd>
        <dt>{t('effectiveFrom')}</dt>
        <dd>{policy.data.policy.effectiveFrom}</dd>
      </dl>
      <table>
        <thead>
          <tr>
            <th>{t('rule')}</th>
            <th>{t('basis')}</th>
            <th>{t('description')}</th>
            <th>{t('purposes')}</th>
            <th>{t('categories')}</th>
            <th>{t('alertsDpo')}</th>
          </tr>
        </thead>
        <tbody>
          {policy.data.policy.rules.map((rule) => (
            <tr key={rule.id}>
              <td>
                <code>{rule.id}</code>
              </td>
              <td>{typeof rule.basis === 'string' ? rule.basis : JSON.stringify(rule.basis)}</td>
              <td>{rule.description}</td>
              <td>{rule.purposes.join(', ')}</td>
              <td>{rule.categories.join(', ')}</td>
              <td>{rule.alertDpo ? t('yes') : t('no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
