import { DEFAULT_RETENTION_POLICY, RetentionPolicy } from '@nrm/domain';
import { GatewayError } from '@nrm/client/errors';

/** Environment variables that override the default retention periods (days, integers). */
export const RETENTION_ENV = {
  ciphertextDaysAfterAcknowledgement: 'NRM_RETENTION_CIPHERTEXT_DAYS',
  withheldEvidenceDays: 'NRM_RETENTION_WITHHELD_DAYS',
  consentEvidenceDaysAfterEnd: 'NRM_RETENTION_CONSENT_EVIDENCE_DAYS',
} as const;

/**
 * The retention policy from the environment: `DEFAULT_RETENTION_POLICY` with any of the
 * {@link RETENTION_ENV} periods replaced. A value that is not a whole number of days in
 * range stops the start (BAD_REQUEST naming the variable) rather than keeping data longer
 * or shorter than the operator meant.
 */
export function retentionPolicyFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): RetentionPolicy {
  const overrides: Record<string, number> = {};
  for (const [field, name] of Object.entries(RETENTION_ENV)) {
    const raw = env[name];
    if (raw === undefined || raw === '') {
      continue;
    }
    const days = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(days)) {
      throw new GatewayError('BAD_REQUEST', {
        message: `${name} must be a whole number of days, got "${raw}".`,
        path: name,
      });
    }
    overrides[field] = days;
  }
  const parsed = RetentionPolicy.safeParse({ ...DEFAULT_RETENTION_POLICY, ...overrides });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    const name = RETENTION_ENV[field as keyof typeof RETENTION_ENV] ?? field;
    throw new GatewayError('BAD_REQUEST', {
      message: `${name} is out of range (0-3650 days).`,
      path: name,
    });
  }
  return parsed.data;
}
