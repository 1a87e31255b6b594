import { ASSISTANCE_PLAN } from '../assistance-plan/definition.js';
import { BEST_INTERESTS_DETERMINATION } from '../best-interests-determination/definition.js';
import { CARE_PLAN } from '../care-plan/definition.js';
import { CASE_CLOSURE } from '../case-closure/definition.js';
import { CONSENT_RECORD } from '../consent-record/definition.js';
import { CONSENT_WITHDRAWAL } from '../consent-withdrawal/definition.js';
import { CONSULTATION_OPINION } from '../consultation-opinion/definition.js';
import { CONSULTATION_REQUEST } from '../consultation-request/definition.js';
import { ENVELOPE } from '../envelope/definition.js';
import { GUARDIAN_APPOINTMENT } from '../guardian-appointment/definition.js';
import { IDENTIFICATION_DECISION } from '../identification-decision/definition.js';
import { INFO_REQUEST } from '../info-request/definition.js';
import { INFO_RESPONSE } from '../info-response/definition.js';
import { PROCEEDINGS_NOTICE } from '../proceedings-notice/definition.js';
import { RECEIPT } from '../receipt/definition.js';
import { REFERRAL } from '../referral/definition.js';
import { RESIDENCE_DECISION } from '../residence-decision/definition.js';
import { RETURN_REQUEST } from '../return-request/definition.js';
import { REVIEW_OUTCOME } from '../review-outcome/definition.js';
import { REVIEW_REQUEST } from '../review-request/definition.js';
import { RISK_ASSESSMENT } from '../risk-assessment/definition.js';
import { SERVICE_REFERRAL } from '../service-referral/definition.js';
import { SERVICE_UPDATE } from '../service-update/definition.js';
import { TRANSNATIONAL_REFERRAL } from '../transnational-referral/definition.js';
import type { MessageTypeDefinition } from './message-type.js';

const ALL: readonly MessageTypeDefinition[] = [
  ENVELOPE,
  REFERRAL,
  INFO_REQUEST,
  INFO_RESPONSE,
  CONSULTATION_REQUEST,
  CONSULTATION_OPINION,
  IDENTIFICATION_DECISION,
  REVIEW_REQUEST,
  REVIEW_OUTCOME,
  ASSISTANCE_PLAN,
  CARE_PLAN,
  SERVICE_REFERRAL,
  SERVICE_UPDATE,
  CONSENT_RECORD,
  CONSENT_WITHDRAWAL,
  GUARDIAN_APPOINTMENT,
  BEST_INTERESTS_DETERMINATION,
  RESIDENCE_DECISION,
  PROCEEDINGS_NOTICE,
  TRANSNATIONAL_REFERRAL,
  RETURN_REQUEST,
  RISK_ASSESSMENT,
  CASE_CLOSURE,
  RECEIPT,
];

/** Every wire message type by name: versions side by side, upgrade chain, examples. */
export const CATALOGUE: ReadonlyMap<string, MessageTypeDefinition> = new Map(
  ALL.map((d) => [d.type, d]),
);

/** The names of all message types, in catalogue order. */
export const MESSAGE_TYPES: readonly string[] = ALL.map((d) => d.type);
