import { describe, expect, it } from 'vitest';
import { AgencyId, SubjectPseudonym } from '../ids.js';
import { SERBIA } from '../jurisdiction/index.js';
import { childInterviewsRemaining } from '../proceedings/child-interviews.js';
import { nonPunishmentFlag } from '../proceedings/non-punishment.js';
import { ProceedingsNotice } from '../proceedings/proceedings-notice.js';
import { BestInterestsDetermination } from './best-interests-determination.js';
import { currentGuardian, GuardianAppointment } from './guardian-appointment.js';
import { SiblingSeparationDecision } from './sibling-separation.js';

// SCENARIOS.md S1 steps 4-5: two brothers (8 and 14), forced begging and criminality, CSW guardianship.
const younger = SubjectPseudonym.parse('sub_S1YOUNGERAAAAAAA');
const older = SubjectPseudonym.parse('sub_S1OLDERAAAAAAAAA');
const csw = AgencyId.parse('rs.csw.belgrade');
const cptv = AgencyId.parse('rs.cptv');

const guardianship = (child: string, ref: string) =>
  GuardianAppointment.parse({
    child,
    kind: 'temporary',
    appointingCsw: csw,
    guardian: { type: 'csw-staff', agency: csw, ref },
    appointedAt: '2026-03-01T12:00:00Z',
  });
const bid = (child: string, id: string, solution: object) =>
  BestInterestsDetermination.parse({
    id,
    child,
    ledBy: csw,
    conductedAt: '2026-04-15T10:00:00Z',
    participants: [
      { role: 'csw-guardian', agency: csw },
      { role: 'competent-authority', agency: cptv },
      { role: 'doctor' },
      { role: 'educator' },
    ],
    childParticipation: {
      heard: true,
      manner: 'with-support-person',
      views: 'wants to stay with his brother',
    },
    outcome: { durableSolution: solution, reasoning: 'needs differ; see separation decision' },
  });

describe('scenario S1: two brothers under CSW guardianship', () => {
  const appointments = [guardianship(younger, 'g-101'), guardianship(older, 'g-102')];

  it('each brother has a CSW guardian from the day of referral', () => {
    expect(currentGuardian(appointments, younger, '2026-03-02T00:00:00Z')?.appointingCsw).toBe(csw);
    expect(currentGuardian(appointments, older, '2026-03-02T00:00:00Z')?.guardian.ref).toBe(
      'g-102',
    );
  });

  it('the older boy is prosecuted for theft: the non-punishment flag shows; interviews stay within the limit', () => {
    const base = {
      case: 'case_S1CASEAAAAAAAAAA',
      subject: older,
      issuedBy: 'rs.prosecutor.belgrade',
      issuedAt: '2026-04-01T10:00:00Z',
    };
    const notices = [
      ProceedingsNotice.parse({
        ...base,
        kind: 'non-punishment',
        offence: 'theft',
        outcome: 'raised',
      }),
      ProceedingsNotice.parse({
        ...base,
        kind: 'child-interview',
        interviewedAt: '2026-04-02T10:00:00Z',
        audioVideoRecorded: true,
        setting: 'child-friendly-room',
      }),
    ];
    expect(nonPunishmentFlag(notices, older)).toBe(true);
    expect(nonPunishmentFlag(notices, younger)).toBe(false);
    expect(childInterviewsRemaining(notices, older, SERBIA)).toBe(1);
  });

  it('best-interests determinations with CPTV, doctors and teachers; the separation is a decision with reasons', () => {
    const bids = [
      bid(younger, 'bid-s1-young', { kind: 'local-integration' }),
      bid(older, 'bid-s1-old', { kind: 'local-integration' }),
    ];
    const separation = SiblingSeparationDecision.parse({
      siblings: [younger, older],
      decidedBy: csw,
      decidedAt: '2026-04-20T10:00:00Z',
      reasons: [
        'the younger boy is placed with a foster family; the older needs a specialised residential programme',
      ],
      bestInterestsDeterminationIds: bids.map((b) => b.id),
      contactArrangements: 'weekend visits organised by the guardian',
    });
    expect(separation.bestInterestsDeterminationIds).toEqual(['bid-s1-young', 'bid-s1-old']);
    expect(SiblingSeparationDecision.safeParse({ ...separation, reasons: [] }).success).toBe(false);
  });
});
