/**
 * Test fixtures for the identification procedure, from SCENARIOS S1-S3: the CPTV, ASTRA,
 * the Belgrade police and CSW. Only used by tests.
 */
import type { CriterionFinding } from '../../criteria/criterion-finding.js';
import { AgencyId } from '../../ids.js';
import type { ConsultationEntry } from '../consultation.js';
import type { DecisionContent, Motivation } from '../decision.js';
import type { InterviewDetails, ReadinessAssessment } from '../interview.js';
import type { Official } from '../official.js';

export const CPTV = AgencyId.parse('rs.cptv');
export const ASTRA = AgencyId.parse('rs.astra');
export const POLICE = AgencyId.parse('rs.police.belgrade-thb');
export const CSW = AgencyId.parse('rs.csw.belgrade');
export const OMBUDSPERSON = AgencyId.parse('rs.ombudsperson');

export const official = (id: string, agency: AgencyId = CPTV): Official => ({ id, agency });
export const CASE_WORKER = official('cw-jovanovic');
export const DRAFTER = official('cw-petrovic');
export const SENIOR = official('senior-markovic');

export const T0 = '2026-03-02T09:00:00Z';

export const readiness = (over: Partial<ReadinessAssessment> = {}): ReadinessAssessment => ({
  assessedAt: T0,
  assessedBy: official('psy-ilic', ASTRA),
  stabilised: true,
  ready: true,
  particularlyTraumatised: false,
  ...over,
});

export const interviewDetails = (over: Partial<InterviewDetails> = {}): InterviewDetails => ({
  setting: 'ngo-premises',
  conductedBy: [CASE_WORKER],
  interpreterLanguage: 'sr',
  readiness: readiness(),
  ...over,
});

export const finding = (
  criterion: string,
  result: CriterionFinding['finding'],
  evidence: CriterionFinding['evidence'] = ['interview'],
): CriterionFinding => ({
  criterion,
  finding: result,
  reasoning: `finding on ${criterion}`,
  evidence,
});

export const GRANT_FINDINGS: CriterionFinding[] = [
  finding('crit.act', 'met'),
  finding('crit.means', 'met'),
  finding('crit.purpose-exploitation', 'met'),
];

export const REFUSAL_FINDINGS: CriterionFinding[] = [
  finding('crit.act', 'met'),
  finding('crit.purpose-exploitation', 'not-met', ['interview', 'consultation-opinion']),
];

export const motivation = (firstResponder: AgencyId = ASTRA): Motivation => ({
  text: 'The account does not show a purpose of exploitation: the work was paid, freely left and ...',
  language: 'sr',
  informsOfReviewRight: true,
  sendTo: [
    { kind: 'subject', via: firstResponder },
    { kind: 'agency', agency: firstResponder },
  ],
});

export const grant = (draftedBy: Official = DRAFTER): DecisionContent => ({
  outcome: 'granted',
  findings: GRANT_FINDINGS,
  draftedBy,
});

export const refusal = (
  draftedBy: Official = DRAFTER,
  firstResponder: AgencyId = ASTRA,
): DecisionContent => ({
  outcome: 'refused',
  findings: REFUSAL_FINDINGS,
  motivation: motivation(firstResponder),
  draftedBy,
});

/** Every role consulted (S2): ASTRA as referring agency and support provider, the CSW, the police. */
export const fullConsultation = (at: string = T0): ConsultationEntry[] => [
  {
    status: 'consulted',
    role: 'referring-agency',
    agency: ASTRA,
    requestedAt: at,
    opinion: 'expert opinion: exploited',
  },
  {
    status: 'consulted',
    role: 'support-provider',
    agency: ASTRA,
    requestedAt: at,
    opinion: 'in the shelter since the referral; discloses slowly',
  },
  {
    status: 'consulted',
    role: 'competent-csw',
    agency: CSW,
    requestedAt: at,
    opinion: 'no earlier contact with the family',
  },
  { status: 'not-consulted', role: 'police', reason: 'the person refuses contact with the police' },
];

export const PANEL: Official[] = [
  official('judge-ret-nikolic', OMBUDSPERSON),
  official('ngo-expert-1', ASTRA),
];
