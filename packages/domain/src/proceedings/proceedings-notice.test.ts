import { describe, expect, it } from 'vitest';
import { SERBIA } from '../jurisdiction/index.js';
import { childInterviewCount, childInterviewsRemaining } from './child-interviews.js';
import { nonPunishmentFlag } from './non-punishment.js';
import { ProceedingsNotice } from './proceedings-notice.js';

const older = 'sub_BROTHERAAAAAAAAA2';
const younger = 'sub_BROTHERAAAAAAAAA1';
const base = {
  case: 'case_ABCDEFGHIJKLMNOP',
  issuedBy: 'rs.prosecutor.belgrade',
  issuedAt: '2026-04-01T10:00:00Z',
};
const interview = (subject: string, at: string) =>
  ProceedingsNotice.parse({
    ...base,
    subject,
    kind: 'child-interview',
    interviewedAt: at,
    audioVideoRecorded: true,
    setting: 'child-friendly-room',
  });

describe('proceedings notices', () => {
  it('parses each kind and rejects an unknown one', () => {
    const kinds = [
      {
        kind: 'vulnerable-witness-status',
        granted: true,
        protectiveMeasures: ['closed-hearing', 'audio-video-link'],
      },
      {
        kind: 'plea-bargain',
        agreedAt: '2026-04-01T09:00:00Z',
        victimNotifiedAt: '2026-04-01T12:00:00Z',
      },
      { kind: 'release-of-accused', releasedAt: '2026-04-01T09:00:00Z' },
      {
        kind: 'compensation-claim',
        filedAt: '2026-04-01T09:00:00Z',
        status: 'awarded',
        amount: { value: 5000, currency: 'EUR' },
      },
      { kind: 'non-punishment', offence: 'theft', outcome: 'raised' },
      {
        kind: 'child-interview',
        interviewedAt: '2026-04-01T09:00:00Z',
        audioVideoRecorded: true,
        setting: 'child-friendly-room',
      },
    ];
    for (const k of kinds) {
      expect(ProceedingsNotice.safeParse({ ...base, subject: older, ...k }).success).toBe(true);
    }
    expect(ProceedingsNotice.safeParse({ ...base, subject: older, kind: 'verdict' }).success).toBe(
      false,
    );
    expect(
      ProceedingsNotice.safeParse({
        ...base,
        subject: older,
        kind: 'vulnerable-witness-status',
        granted: true,
        protectiveMeasures: ['invisibility'],
      }).success,
    ).toBe(false);
  });

  it('counts a child’s interviews and what remains under the Serbian limit of two', () => {
    const notices = [
      interview(older, '2026-04-02T10:00:00Z'),
      interview(younger, '2026-04-02T11:00:00Z'),
    ];
    expect(childInterviewCount(notices, older)).toBe(1);
    expect(childInterviewsRemaining(notices, older, SERBIA)).toBe(1);
    const more = [
      ...notices,
      interview(older, '2026-04-09T10:00:00Z'),
      interview(older, '2026-04-16T10:00:00Z'),
    ];
    expect(childInterviewCount(more, older)).toBe(3);
    expect(childInterviewsRemaining(more, older, SERBIA)).toBe(0);
  });

  it('shows the non-punishment flag while raised or applied, and clears it when not applied', () => {
    const raised = ProceedingsNotice.parse({
      ...base,
      subject: older,
      kind: 'non-punishment',
      offence: 'theft',
      outcome: 'raised',
    });
    expect(nonPunishmentFlag([], older)).toBe(false);
    expect(nonPunishmentFlag([raised], older)).toBe(true);
    expect(nonPunishmentFlag([raised], younger)).toBe(false);
    const rejected = {
      ...raised,
      issuedAt: '2026-05-01T10:00:00Z',
      outcome: 'not-applied' as const,
    };
    expect(nonPunishmentFlag([rejected, raised], older)).toBe(false);
  });
});
