// Public surface of @nrm/schemas: wire message types, versioned side by side.
export { EnvelopeV1 } from './envelope/v1.js';
export { ReferralV1 } from './referral/v1.js';
export { ReferralV2 } from './referral/v2.js';
export { ReferralV3 } from './referral/v3.js';
export { upgradeReferralV1ToV2, upgradeReferralV2ToV3 } from './referral/migrate.js';
export { referralFromDomain, referralToDomain } from './referral/to-domain.js';
export { InfoRequestV1 } from './info-request/v1.js';
export { InfoResponseV1 } from './info-response/v1.js';
export { ConsultationRequestV1 } from './consultation-request/v1.js';
export { ConsultationOpinionV1 } from './consultation-opinion/v1.js';
export { IdentificationDecisionV1 } from './identification-decision/v1.js';
export { ReviewRequestV1 } from './review-request/v1.js';
export { ReviewOutcomeV1 } from './review-outcome/v1.js';
export { AssistancePlanV1 } from './assistance-plan/v1.js';
export { CarePlanV1 } from './care-plan/v1.js';
export { ServiceReferralV1 } from './service-referral/v1.js';
export { ServiceUpdateV1 } from './service-update/v1.js';
export { ConsentRecordV1 } from './consent-record/v1.js';
export { ConsentRecordV2 } from './consent-record/v2.js';
export { upgradeConsentRecordV1ToV2 } from './consent-record/migrate.js';
export { ConsentWithdrawalV1 } from './consent-withdrawal/v1.js';
export { GuardianAppointmentV1 } from './guardian-appointment/v1.js';
export { BestInterestsDeterminationV1 } from './best-interests-determination/v1.js';
export { ResidenceDecisionV1 } from './residence-decision/v1.js';
export { ProceedingsNoticeV1 } from './proceedings-notice/v1.js';
export { ProceedingsNoticeV2 } from './proceedings-notice/v2.js';
export { upgradeProceedingsNoticeV1ToV2 } from './proceedings-notice/migrate.js';
export { TransnationalReferralV1 } from './transnational-referral/v1.js';
export { ReturnRequestV1 } from './return-request/v1.js';
export { RiskAssessmentV1 } from './risk-assessment/v1.js';
export { CaseClosureV1 } from './case-closure/v1.js';
export { ReceiptV1 } from './receipt/v1.js';
export { ReceiptV2 } from './receipt/v2.js';
export { upgradeReceiptV1ToV2 } from './receipt/migrate.js';
export { CATALOGUE, MESSAGE_TYPES } from './catalogue/catalogue.js';
export {
  latestVersion,
  type DomainMapping,
  type MessageTypeDefinition,
} from './catalogue/message-type.js';
export {
  parseMessage,
  readMessage,
  type ReadMessage,
  type UntrustedInput,
} from './parse/parse-message.js';
export { MAX_DEPTH, MAX_PAYLOAD_BYTES } from './parse/limits.js';
export { readStrictJson, type StrictJsonOptions } from './parse/strict-json.js';
export {
  PARSE_ERROR_CODES,
  type ParseError,
  type ParseErrorCode,
  type ParseIssue,
  type ParseResult,
} from './parse/parse-error.js';
export { dataCategoriesOf } from './meta/data-categories.js';
export {
  field,
  fieldMetaOf,
  fieldRegistry,
  SENSITIVITIES,
  WIRE_DATA_CATEGORIES,
  type FieldMeta,
  type Sensitivity,
  type WireDataCategory,
} from './meta/field-meta.js';
export {
  SCHEMA_ID_BASE,
  toWireJsonSchema,
  type JsonSchemaDocument,
} from './json-schema-gen/to-json-schema.js';
