import { describe, expect, it } from 'vitest';
import * as domain from '../index.js';

describe('@nrm/domain public surface for referral and identification', () => {
  it('exports the referral model, catalogues, criteria, the procedure and its rules', () => {
    for (const name of [
      'Referral',
      'checkReferral',
      'IndicatorObservation',
      'INDICATOR_CATALOGUES',
      'findIndicator',
      'IDENTIFICATION_CRITERIA',
      'CriterionFinding',
      'openIdentificationProcedure',
      'transition',
      'procedureGuards',
      'replayProcedure',
      'procedureInvariantViolations',
      'ALLOWED_EVENTS',
      'negativeDecisionRequiresMotivation',
      'negativeDecisionRequiresConsultation',
      'reviewPanelIndependent',
      'decisionCitesCriteria',
      'interviewNotAtPoliceStation',
      'interviewWhenReady',
      'childMaxTwoInterviews',
    ]) {
      expect(domain, name).toHaveProperty(name);
    }
  });
});
