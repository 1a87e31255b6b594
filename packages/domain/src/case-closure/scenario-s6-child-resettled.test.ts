import { describe, expect, it } from 'vitest';
import { Agency } from '../agency/agency.js';
import { CarePlan } from '../assistance/care-plan.js';
import {
  requestServiceReferral,
  transitionServiceReferral,
} from '../assistance/service-referral.js';
import { BestInterestsDetermination } from '../child-protection/best-interests-determination.js';
import { permitEndsAt } from '../deadlines/permit-end.js';
import { recoveryPeriodEndsAt } from '../deadlines/recovery-period-end.js';
import { AgencyId, CasePseudonym, SubjectPseudonym } from '../ids.js';
import { SERBIA } from '../jurisdiction/index.js';
import type { AgeInformation } from '../person/subject.js';
import { entitledToRecoveryPeriod } from '../residence/recovery-period-entitlement.js';
import { RecoveryPeriod } from '../residence/recovery-period.js';
import { TemporaryResidencePermit } from '../residence/residence-permit.js';
import { ReturnDecision } from '../return/return-decision.js';
import { ageDisputedTreatedAsChild } from '../rules/age-disputed-treated-as-child.js';
import { carePlanNotOverdue } from '../rules/care-plan-due.js';
import { childReferralIncludesCsw } from '../rules/child-referral-includes-csw.js';
import { recoveryPeriodRespected } from '../rules/recovery-period.js';
import { addDays } from '../time.js';
import { CaseClosure } from './case-closure.js';

// SCENARIOS.md S6: an asylum-seeking boy of about 17, found by Atina's outreach, age uncertain.
const d = (days: number) => addDays('2026-03-01T09:00:00Z', days);
const subject = SubjectPseudonym.parse('sub_S6BOYAAAAAAAAAAA');
const kase = CasePseudonym.parse('case_S6CASEAAAAAAAAAA');
const cptv = AgencyId.parse('rs.cptv');
const atina = AgencyId.parse('rs.atina');
const csw = AgencyId.parse('rs.csw.obrenovac');
const directory = [
  Agency.parse({ id: cptv, name: 'CPTV', kind: 'competent-authority', jurisdiction: 'RS' }),
  Agency.parse({
    id: csw,
    name: 'CSW Obrenovac',
    kind: 'csw',
    jurisdiction: 'RS',
    competentAreas: ['obrenovac'],
  }),
  Agency.parse({ id: atina, name: 'Atina', kind: 'ngo', jurisdiction: 'RS' }),
];
const age: AgeInformation = { status: 'disputed', claimedAge: 17 };

describe('scenario S6: an asylum-seeking child found by NGO outreach, resettled with UNHCR', () => {
  it('d0: the referral must go on the child route and to the competent CSW', () => {
    expect(
      ageDisputedTreatedAsChild({ age, at: d(0), routedAsChild: false }).map((v) => v.code),
    ).toEqual(['AGE_DISPUTED_TREATED_AS_CHILD']);
    const routing = { age, at: d(0), sender: atina, area: 'obrenovac', directory, profile: SERBIA };
    expect(childReferralIncludesCsw({ ...routing, recipients: [cptv] }).map((v) => v.code)).toEqual(
      ['CHILD_REFERRAL_INCLUDES_CSW'],
    );
    expect(ageDisputedTreatedAsChild({ age, at: d(0), routedAsChild: true })).toEqual([]);
    expect(childReferralIncludesCsw({ ...routing, recipients: [cptv, csw] })).toEqual([]);
  });

  it('recovery period of 90 days, no removal inside it, then a one-year permit', () => {
    expect(entitledToRecoveryPeriod(['AF'], SERBIA)).toBe(true);
    const period = RecoveryPeriod.parse({ subject, grantedBy: cptv, startedAt: d(1) });
    expect(recoveryPeriodEndsAt(period, SERBIA)).toBe(d(91));
    const removal = ReturnDecision.parse({
      subject,
      kind: 'removal',
      decidedBy: 'rs.border-police',
      decidedAt: d(30),
      destination: 'AF',
    });
    expect(
      recoveryPeriodRespected({ period, profile: SERBIA, returnDecisions: [removal] }).map(
        (v) => v.code,
      ),
    ).toEqual(['RECOVERY_PERIOD']);
    const permit = TemporaryResidencePermit.parse({
      subject,
      grantedBy: 'rs.asylum-office',
      validFrom: d(91),
      ground: 'protection-recovery-safety',
    });
    expect(permitEndsAt(permit, SERBIA)).toBe(d(91 + 365));
  });

  it('care plan made with him within two weeks; Atina’s social-inclusion programme through a service referral', () => {
    const plan = CarePlan.parse({
      case: kase,
      subject,
      madeBy: cptv,
      madeAt: d(12),
      partnerAgencies: [atina, csw],
      subjectParticipation: {
        participated: true,
        agreed: true,
        views: 'wants to learn Serbian and go to school',
      },
      services: [{ kind: 'education', provider: atina, providerChosenBySubject: true }],
      reviewEveryDays: 30,
    });
    expect(
      carePlanNotOverdue({
        immediatePlan: { completedAt: d(3) },
        carePlan: plan,
        at: d(60),
        profile: SERBIA,
      }),
    ).toEqual([]);

    const requested = requestServiceReferral({
      id: 's6-education-1',
      case: kase,
      subject,
      service: 'education',
      requester: cptv,
      provider: atina,
      consent: { informed: true, givenBy: 'guardian', givenAt: d(12) },
      providerChoice: { chosenBy: 'subject', alternativesOffered: 1 },
      requestedAt: d(13),
    });
    expect(requested.ok).toBe(true);
    if (!requested.ok) {
      return;
    }
    const accepted = transitionServiceReferral(requested.value, {
      type: 'accept',
      at: d(14),
      by: atina,
    });
    const started = accepted.ok
      ? transitionServiceReferral(accepted.value, { type: 'start', at: d(20), by: atina })
      : accepted;
    expect(started.ok && started.value.status).toBe('in-progress');
  });

  it('best-interests determination chooses resettlement; the case closes with UNHCR', () => {
    const bid = BestInterestsDetermination.parse({
      id: 's6-bid-1',
      child: subject,
      ledBy: csw,
      conductedAt: d(200),
      participants: [
        { role: 'csw-guardian', agency: csw },
        { role: 'competent-authority', agency: cptv },
        { role: 'ngo', agency: atina },
        { role: 'interpreter' },
      ],
      childParticipation: {
        heard: true,
        manner: 'with-support-person',
        views: 'wants to join his uncle in Canada',
      },
      outcome: {
        durableSolution: { kind: 'third-country-resettlement', country: 'CA', arrangedBy: 'unhcr' },
        reasoning: 'uncle assessed; UNHCR submission accepted',
      },
    });
    const closure = CaseClosure.parse({
      case: kase,
      subject,
      closedBy: cptv,
      closedAt: d(320),
      reason: {
        kind: 'resettlement',
        country:
          bid.outcome.durableSolution.kind === 'third-country-resettlement'
            ? bid.outcome.durableSolution.country
            : 'RS',
        arrangedBy: 'unhcr',
      },
      servicesProvided: [
        'accommodation',
        'interpretation',
        'education',
        'legal-aid-administrative',
      ],
    });
    expect(closure.reason).toEqual({ kind: 'resettlement', country: 'CA', arrangedBy: 'unhcr' });
  });
});
