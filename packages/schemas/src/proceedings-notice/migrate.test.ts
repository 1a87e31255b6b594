import { describe, expect, it } from 'vitest';
import { readMessage } from '../parse/parse-message.js';
import { PROCEEDINGS_NOTICE } from './definition.js';
import { upgradeProceedingsNoticeV1ToV2 } from './migrate.js';
import { ProceedingsNoticeV1 } from './v1.js';
import { ProceedingsNoticeV2 } from './v2.js';

const v1 = ProceedingsNoticeV1.parse(PROCEEDINGS_NOTICE.examples[1]);
const {
  agreedAt: _a,
  victimNotifiedAt: _v,
  ...common
} = v1 as Extract<ProceedingsNoticeV1, { kind: 'plea-bargain' }>;
const nonPunishment = ProceedingsNoticeV1.parse({
  ...common,
  kind: 'non-punishment',
  offence: 'Transport of drugs under the control of the exploiters.',
  outcome: 'raised',
});

describe('nrm.proceedings-notice v1 → v2', () => {
  it('keeps every v1 notice as it is, a valid v2 notice', () => {
    for (const notice of [v1, nonPunishment]) {
      const v2 = upgradeProceedingsNoticeV1ToV2(notice);
      expect(v2).toEqual(notice);
      expect(ProceedingsNoticeV2.safeParse(v2).success).toBe(true);
    }
  });

  it('never turns a raised non-punishment notice into a crime report', () => {
    const read = readMessage('nrm.proceedings-notice', 1, JSON.stringify(nonPunishment));
    expect(read).toMatchObject({
      ok: true,
      value: { writtenVersion: 1, payload: { kind: 'non-punishment', outcome: 'raised' } },
    });
  });

  it('reads a v2 crime report; v1 refuses the kind it does not know', () => {
    const report = PROCEEDINGS_NOTICE.examples[2];
    expect(readMessage('nrm.proceedings-notice', 2, JSON.stringify(report))).toMatchObject({
      ok: true,
      value: { writtenVersion: 2, payload: { kind: 'crime-report' } },
    });
    expect(ProceedingsNoticeV1.safeParse(report).success).toBe(false);
  });

  it('refuses a crime report without the offence or whom it was reported to', () => {
    const report = PROCEEDINGS_NOTICE.examples[2] as Record<string, unknown>;
    for (const field of ['offence', 'reportedTo', 'learnedAt']) {
      const { [field]: _gone, ...missing } = report;
      const read = readMessage('nrm.proceedings-notice', 2, JSON.stringify(missing));
      expect(read).toMatchObject({
        ok: false,
        error: { code: 'SCHEMA_INVALID', issues: [{ path: [field] }] },
      });
    }
  });
});
