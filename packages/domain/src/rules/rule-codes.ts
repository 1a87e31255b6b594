/**
 * Stable rule codes. Each cites the DOMAIN.md passage (and, where useful, the seed report)
 * it enforces. Codes are part of the public contract: never rename, only add.
 */
export const RULES = {
  NEGATIVE_DECISION_REQUIRES_MOTIVATION:
    'DOMAIN.md "What the assessment recommends": written motivation of a negative decision, sent to the person and the first responder, so that a review can be requested.',
  NEGATIVE_DECISION_REQUIRES_CONSULTATION:
    'DOMAIN.md "What the assessment recommends": multi-agency consultation before a negative decision (referring agency, support provider, competent CSW, police).',
  REVIEW_PANEL_INDEPENDENT:
    'DOMAIN.md "What the assessment recommends": review of a negative decision by an independent panel, not the body that decided.',
  DECISION_CITES_CRITERIA:
    'Seed report L303-305, L1002-1011: criteria set out publicly; each decision cites the criteria of the loaded reference data; a grant is never blocked on an element of the crime (L1019-1025).',
  CHILD_REFERRAL_INCLUDES_CSW:
    'DOMAIN.md "Children": all presumed child victims are referred to both the competent CSW and CPTV.',
  AGE_DISPUTED_TREATED_AS_CHILD:
    'DOMAIN.md "The person": age may be disputed, treat as a child until assessed.',
  INTERVIEW_NOT_AT_POLICE_STATION:
    'DOMAIN.md "What the assessment recommends": interviews in appropriate settings, not police stations.',
  INTERVIEW_WHEN_READY:
    'DOMAIN.md "What the assessment recommends": interviews when the person has recovered and is ready.',
  ASSISTANCE_NOT_CONDITIONAL_ON_COOPERATION:
    'DOMAIN.md "What the assessment recommends": assistance is never conditional on cooperation with authorities.',
  CHILD_RETURN_REQUIRES_RISK_ASSESSMENT_AND_BID:
    'DOMAIN.md "Children": risk assessment is mandatory before returning a child (CoE Convention Art. 16.7); reunification only after a risk assessment in the best interests of the child.',
  CHILD_MAX_TWO_INTERVIEWS:
    'DOMAIN.md "Children": in proceedings at most two interviews; may not be questioned if particularly traumatised.',
  CARE_PLAN_DUE:
    'DOMAIN.md "Rights, periods and deadlines": care plan within 2 weeks of completing the initial plan of immediate assistance.',
  RECOVERY_PERIOD:
    'DOMAIN.md "Rights, periods and deadlines": recovery/reflection period of 90 days, extendable; no return decision during it; not conditional on cooperation.',
  INDICATOR_UNKNOWN:
    'Seed report L773-797, L1008-1010: first responders use several indicator sets, the police their own unpublished ones; an indicator outside the loaded catalogues, or given as free text, is accepted with a warning, never refused.',
  DECISION_TOO_EARLY:
    'DOMAIN.md "Rights, periods and deadlines" and the jurisdiction profile: a decision stage with notBeforeDays (UK conclusive grounds) may not be issued earlier.',
  REVIEW_REQUEST_NOT_ENTITLED:
    'DOMAIN.md "Identification procedure" step 7: the person or a referring agency may ask for a review of a refusal; who may ask, and until when, is set by the jurisdiction profile.',
  TRANSITION_NOT_ALLOWED:
    'DESIGN.md: the procedure is an explicit state machine; an event that does not apply to the current state is refused.',
  CONSENT_EVALUATION:
    'DOMAIN.md "Data protection": every disclosure needs consent or a lawful basis, for a purpose, limited to the categories needed.',
  CONSENT_MISSING:
    'DOMAIN.md "Data protection" and DESIGN.md "Consent and lawful basis": no valid consent and no policy rule covers the recipient, purpose and every category of a disclosure; the detail says which (no-consent, expired, withdrawn, category-not-covered, …).',
  ERASURE_REQUEST_INVALID:
    'DOMAIN.md "Data protection" (access rights, records of every disclosure) and issue 5 "Retention": an erasure is planned only from consistent facts, at or after the request was received, so that what it deletes and keeps can be recorded truthfully.',
  REFERENCE_DATA_INVALID:
    "Seed report L303-305: the criteria and indicators are the operator's reference data; a file that does not validate is refused whole, naming the path.",
} as const;

export type RuleCode = keyof typeof RULES;
export const RULE_CODES = Object.keys(RULES) as RuleCode[];
