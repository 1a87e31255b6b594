/**
 * Stable rule codes. Each cites the DOMAIN.md passage (and, where useful, the seed report)
 * it enforces. Codes are part of the public contract: never rename, only add.
 */
export const RULES = {
  NEGATIVE_DECISION_REQUIRES_MOTIVATION:
    'DOMAIN.md "What the assessment recommends": written motivation of a negative decision, sent to the person and the first responder, so that a review can be requested.',
  NEGATIVE_DECISION_REQUIRES_CONSULTATION:
    "Seed report L348-353: before a negative decision the referring agency, support provider, competent CSW and police are asked to discuss the case; a request counts once an opinion is received or the profile's interval has passed, else the reason is recorded.",
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
    'Seed report L2456-2459 (Law on Juvenile Offenders): a child victim is interviewed at most twice in criminal proceedings (profile childProceedingsMaxInterviews); not questioning a particularly traumatised child is a possibility, reported as a warning. Not a rule of identification interviews.',
  CARE_PLAN_DUE:
    'Seed report L1432-1434: care plan within two weeks of completing the initial plan of immediate assistance (profile carePlanDueDays; none where no source gives one).',
  RECOVERY_PERIOD:
    'Seed report L1280-1291: recovery/reflection period of 90 days, extendable, not conditional on cooperation; no return decision during it; the SOPs extend it to citizens.',
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
    'DOMAIN.md "Data protection" (access rights, records of every disclosure): an erasure is planned only from consistent facts, at or after the request was received, so that what it deletes and keeps can be recorded truthfully.',
  REFERENCE_DATA_INVALID:
    "Seed report L303-305: the criteria and indicators are the operator's reference data; a file that does not validate is refused whole, naming the path.",
  RETURN_REQUIRES_RISK_ASSESSMENT:
    'Seed report L1729-1733 and CoE Convention art. 16(2): a risk assessment before the return of an adult too, not "if possible".',
  RESIDENCE_PERMIT_REQUIRES_STATUS:
    'Seed report L1300-1306: the temporary residence permit is for persons recognised as victims, valid from the grant of status.',
  GUARDIAN_REQUIRED:
    'Seed report L1285-1287: the law requires a guardian for an unaccompanied child; the CSW exercises guardianship (L175-177).',
  GUARDIAN_CASELOAD_ABOVE_STANDARD:
    'Seed report L178-180: child protection minimum standards foresee 25 children per guardian; more is reported as a warning, never a bar.',
} as const;

export type RuleCode = keyof typeof RULES;
export const RULE_CODES = Object.keys(RULES) as RuleCode[];
