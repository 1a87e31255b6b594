import { ConsentRecord } from '@nrm/domain';
import { describe, expect, it } from 'vitest';
import { readMessage } from '../parse/parse-message.js';
import { CONSENT_RECORD } from './definition.js';
import { upgradeConsentRecordV1ToV2 } from './migrate.js';
import { ConsentRecordV1 } from './v1.js';
import { ConsentRecordV2 } from './v2.js';

const v1 = CONSENT_RECORD.examples[1] as ConsentRecordV1;

describe('nrm.consent-record v1 → v2', () => {
  it('a v1 consent is read as v2 with no disclosers: only its controller may rely on it', () => {
    const up = upgradeConsentRecordV1ToV2(v1);
    expect(ConsentRecordV2.parse(up)).toEqual({ ...v1, disclosers: [] });
    const read = readMessage('nrm.consent-record', 1, JSON.stringify(v1));
    expect(read.ok && read.value.writtenVersion).toBe(1);
    expect(read.ok && (read.value.payload as ConsentRecordV2).disclosers).toEqual([]);
    // The domain reads the same thing from the scope bytes a v1 sender signs.
    expect(ConsentRecord.parse(v1).disclosers).toEqual([]);
  });

  it('v1 stays frozen: it refuses disclosers, v2 refuses a bad one at its path', () => {
    expect(ConsentRecordV1.safeParse(CONSENT_RECORD.examples[2]).success).toBe(false);
    const bad = { ...v1, disclosers: [{ by: 'kind', kind: 'bakery' }] };
    expect(ConsentRecordV2.safeParse(bad).error?.issues[0]?.path).toEqual([
      'disclosers',
      0,
      'kind',
    ]);
    expect(ConsentRecordV2.safeParse(v1).error?.issues[0]?.path).toEqual(['disclosers']);
  });
});
