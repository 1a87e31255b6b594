import { describe, expect, it } from 'vitest';
import * as domain from '../index.js';

// Guards the barrel: these contexts are used by @nrm/schemas and the gateway only through it.
describe('public surface: assistance, child protection, residence, proceedings, return, transnational, closure, deadlines', () => {
  it('exports the schemas', () => {
    for (const name of [
      'ServiceKind',
      'ServiceCatalogue',
      'ImmediateAssistancePlan',
      'CarePlan',
      'ServiceDecision',
      'ServiceReferral',
      'GuardianAppointment',
      'BestInterestsDetermination',
      'DurableSolution',
      'SiblingSeparationDecision',
      'RecoveryPeriod',
      'TemporaryResidencePermit',
      'ProceedingsNotice',
      'RiskAssessment',
      'ReturnRequest',
      'ReturnDecision',
      'TransnationalReferral',
      'CaseClosure',
    ] as const) {
      expect(typeof (domain[name] as { safeParse?: unknown }).safeParse, name).toBe('function');
    }
  });
  it('exports the functions', () => {
    for (const fn of [
      domain.transitionServiceReferral,
      domain.requestServiceReferral,
      domain.providersFor,
      domain.currentGuardian,
      domain.childInterviewsRemaining,
      domain.nonPunishmentFlag,
      domain.onwardDisclosureConsented,
      domain.carePlanDueAt,
      domain.recoveryPeriodEndsAt,
      domain.permitEndsAt,
      domain.accommodationEndsAt,
      domain.earliestConclusiveDecisionAt,
      domain.childReferralIncludesCsw,
      domain.ageDisputedTreatedAsChild,
      domain.assistanceNotConditionalOnCooperation,
      domain.childReturnRequiresRiskAssessmentAndBid,
      domain.carePlanNotOverdue,
      domain.recoveryPeriodRespected,
    ]) {
      expect(typeof fn).toBe('function');
    }
  });
});
