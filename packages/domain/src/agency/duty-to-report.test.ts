import { describe, expect, it } from 'vitest';
import { SERBIA, UNITED_KINGDOM } from '../jurisdiction/index.js';
import { dutyToReportTo } from './duty-to-report.js';

describe('dutyToReportTo (seed L1291-1293)', () => {
  it('SERBIA: the CPTV, a CSW, a school and a health centre must inform the police and the prosecutor', () => {
    for (const kind of ['competent-authority', 'csw', 'education', 'health'] as const) {
      expect(dutyToReportTo(kind, SERBIA), kind).toEqual(['police', 'prosecutor']);
    }
  });
  it('SERBIA: an NGO is not a public body; the police and prosecutor do not report to themselves', () => {
    expect(dutyToReportTo('ngo', SERBIA)).toEqual([]);
    expect(dutyToReportTo('police', SERBIA)).toEqual([]);
  });
  it('UNITED_KINGDOM: the profile models the duty to notify (MS1) instead', () => {
    expect(dutyToReportTo('csw', UNITED_KINGDOM)).toEqual([]);
  });
});
