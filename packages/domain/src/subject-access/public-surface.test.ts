import { describe, expect, it } from 'vitest';
import * as domain from '../index.js';

// The gateway and the admin app reach the report and the erasure planner only through the barrel.
describe('public surface: subject access and retention', () => {
  it('exports the schemas', () => {
    for (const name of [
      'DisclosureRecord',
      'SubjectAccessReport',
      'ReportLanguage',
      'RetentionPolicy',
      'RetainedMessage',
      'RetainedDelivery',
      'ErasureRequest',
      'PendingProceeding',
      'ErasureLogEntry',
    ] as const) {
      expect(typeof (domain[name] as { safeParse?: unknown }).safeParse, name).toBe('function');
    }
  });
  it('exports the functions and the default policy', () => {
    for (const name of [
      'disclosureRecordOf',
      'buildSubjectAccessReport',
      'renderSubjectAccessHtml',
      'renderSubjectAccessText',
      'ciphertextDeletableAt',
      'consentEvidenceDeletableAt',
      'planErasure',
    ] as const) {
      expect(typeof domain[name], name).toBe('function');
    }
    expect(domain.DEFAULT_RETENTION_POLICY.ciphertextDaysAfterAcknowledgement).toBe(30);
    expect(domain.RULE_CODES).toContain('ERASURE_REQUEST_INVALID');
  });
});
