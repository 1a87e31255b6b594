import { DEFAULT_RETENTION_POLICY } from '@nrm/domain';
import { describe, expect, it } from 'vitest';
import { retentionPolicyFromEnv } from './retention-config.js';

describe('retentionPolicyFromEnv', () => {
  it('is the default policy without variables, and takes each period from its variable', () => {
    expect(retentionPolicyFromEnv({})).toEqual(DEFAULT_RETENTION_POLICY);
    expect(
      retentionPolicyFromEnv({
        NRM_RETENTION_CIPHERTEXT_DAYS: '7',
        NRM_RETENTION_WITHHELD_DAYS: '0',
        NRM_RETENTION_CONSENT_EVIDENCE_DAYS: '',
      }),
    ).toEqual({
      ...DEFAULT_RETENTION_POLICY,
      ciphertextDaysAfterAcknowledgement: 7,
      withheldEvidenceDays: 0,
    });
  });

  it('refuses a value that is not a whole number of days, naming the variable', () => {
    for (const raw of ['7.5', '-1', 'thirty', '1e3']) {
      expect(() => retentionPolicyFromEnv({ NRM_RETENTION_CIPHERTEXT_DAYS: raw })).toThrow(
        expect.objectContaining({ code: 'BAD_REQUEST', path: 'NRM_RETENTION_CIPHERTEXT_DAYS' }),
      );
    }
  });

  it('refuses a period out of range, naming the variable', () => {
    expect(() => retentionPolicyFromEnv({ NRM_RETENTION_WITHHELD_DAYS: '5000' })).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', path: 'NRM_RETENTION_WITHHELD_DAYS' }),
    );
  });
});
