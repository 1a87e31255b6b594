import { describe, expect, it } from 'vitest';
import { SERBIA } from '../jurisdiction/serbia.js';
import { serbianCaseFiles } from './__fixtures__/serbia-2016-2018.js';
import { nrmStatistics } from './nrm-statistics.js';
import { shareOf } from './small-cell-suppression.js';

const files = serbianCaseFiles();
const stats = nrmStatistics(files, { k: 5, profile: SERBIA, asOf: '2019-06-30T00:00:00Z' });

describe('NRM statistics on a synthetic 2016-2018 Serbian case set', () => {
  it('is deterministic', () => {
    expect(serbianCaseFiles()).toEqual(files);
    expect(serbianCaseFiles(7)).not.toEqual(files);
  });

  it('gives back 158 referrals and 58 granted a year on average, 36% recognised', () => {
    const { table, rates } = stats.recognition;
    expect(table.rows.map((r) => r.year)).toEqual([2016, 2017, 2018]);
    expect(table.overall.total).toBe(474);
    expect(table.overall.cells.granted).toBe(174);
    expect(Number(table.overall.total) / 3).toBe(158);
    expect(Number(table.overall.cells.granted) / 3).toBe(58);
    // The report states 36% for 58/158 = 36.7%: it truncates.
    expect(Math.floor((rates.overall ?? 0) * 100)).toBe(36);
    expect(rates.byYear.map((r) => r.rate)).toEqual([54 / 150, 57 / 160, 63 / 164]);
  });

  it('gives back the 2018 channels: police 37%, CSW 24%, NGOs 13%', () => {
    const row2018 = stats.referralsByChannel.rows.find((r) => r.year === 2018);
    const pct = (c: 'police' | 'csw' | 'ngo') =>
      Math.round((shareOf(row2018?.cells[c] ?? 0, row2018?.total ?? 0) ?? 0) * 100);
    expect(row2018?.total).toBe(164);
    expect([pct('police'), pct('csw'), pct('ngo')]).toEqual([37, 24, 13]);
  });

  it('suppresses the small channels and one more, so they cannot be derived from the total', () => {
    const row2016 = stats.referralsByChannel.rows.find((r) => r.year === 2016);
    // 2016: education 3, health 2, foreign partner 3: all below k=5.
    expect(row2016?.cells.health).toBe('<5');
    expect(row2016?.cells.education).toBe('<5');
    expect(row2016?.cells['foreign-partner']).toBe('<5');
    const row2018 = stats.referralsByChannel.rows.find((r) => r.year === 2018);
    // 2018: health 4 is primary; education (5) goes with it so that 164 minus the rest is not 4.
    expect(row2018?.cells.health).toBe('<5');
    expect(row2018?.cells.education).toBe('<5');
    expect(row2018?.cells['foreign-partner']).toBe(6);
  });

  it('reports every figure per year and overall', () => {
    expect(stats.timeToDecision.byYear.map((r) => r.year)).toEqual([2016, 2017, 2018]);
    expect(stats.timeToDecision.overall.decisions).toBe(470);
    const days = files.flatMap((f) =>
      f.decision === undefined
        ? []
        : [(Date.parse(f.decision.decidedAt) - Date.parse(f.referral.referredAt)) / 86_400_000],
    );
    expect(Math.min(...days)).toBeGreaterThanOrEqual(5);
    expect(stats.timeToDecision.overall.medianDays).toBeGreaterThanOrEqual(5);
    expect(stats.timeToDecision.overall.p90Days).toBeLessThanOrEqual(60);
    expect(stats.timeToDecision.overall.p90Days).toBeGreaterThan(
      stats.timeToDecision.overall.medianDays ?? 0,
    );
    expect(stats.refusalsPrecededByConsultation.table.overall.total).toBe(245);
    expect(stats.childShare.table.overall.total).toBe(474);
    expect(stats.carePlansOnTime.table.overall.total).toBe(474);
    // No review was requested in 2016-18: a row of suppressed zeros, no rate.
    expect(stats.reviewOutcomes.table.overall.total).toBe('<5');
    expect(stats.reviewOutcomes.rates.overall).toBeNull();
  });
});
