import { z } from 'zod';
import { ServiceKind } from '../assistance/service-kind.js';
import { CountryCode } from '../country.js';
import { ConsentGiver, DataCategory, Purpose } from '../data-protection/vocabulary.js';
import type {
  DataCategory as DataCategoryT,
  Purpose as PurposeT,
} from '../data-protection/vocabulary.js';
import { AgencyId, Instant, SubjectPseudonym } from '../ids.js';
import { RiskAssessment } from '../return/risk-assessment.js';

/**
 * How the person was identified abroad. Foreign NGOs may identify victims without the
 * police; the outcome of a foreign criminal case is recorded but is not in itself a
 * ground to refuse status (DOMAIN.md "Transnational referrals"; scenario S3).
 */
export const ForeignIdentification = z.object({
  identifiedBy: AgencyId,
  identifiedAt: Instant,
  identifyingBody: z.enum(['ngo', 'authority']),
  /** Criteria or indicators the foreign partner applied. */
  basis: z.array(z.string().min(1).max(500)).min(1).max(50),
  criminalCase: z.enum(['none', 'pending', 'dismissed', 'convicted', 'unknown']),
});
export type ForeignIdentification = z.infer<typeof ForeignIdentification>;

/** The person's consent that a recipient passes named categories on to one further agency, for named purposes. */
export const OnwardDisclosureConsent = z.object({
  /** The recipient of the referral who may disclose further. */
  from: AgencyId,
  /** The agency the data may go to next. */
  to: AgencyId,
  purposes: z.array(Purpose).min(1),
  categories: z.array(DataCategory).min(1),
  givenBy: ConsentGiver,
  givenAt: Instant,
});
export type OnwardDisclosureConsent = z.infer<typeof OnwardDisclosureConsent>;

/**
 * A referral across a border (e.g. LEFÖ-IBF in Austria → CPTV and ASTRA): the foreign
 * identification and evidence, the services requested, the return risk assessment, and
 * consent for each onward disclosure (DOMAIN.md "Transnational referrals").
 */
export const TransnationalReferral = z
  .object({
    sender: AgencyId,
    senderCountry: CountryCode,
    recipients: z.array(AgencyId).min(1).max(20),
    subject: SubjectPseudonym,
    sentAt: Instant,
    foreignIdentification: ForeignIdentification,
    evidenceSummary: z.string().min(1).max(20_000),
    requestedServices: z.array(ServiceKind).min(1).max(20),
    returnRiskAssessment: RiskAssessment,
    onwardDisclosureConsents: z.array(OnwardDisclosureConsent).max(50).default([]),
  })
  .refine((r) => r.returnRiskAssessment.subject === r.subject, {
    message: 'the return risk assessment is about the referred person',
    path: ['returnRiskAssessment', 'subject'],
  })
  .refine((r) => r.onwardDisclosureConsents.every((c) => r.recipients.includes(c.from)), {
    message: 'onward disclosure consent is given to a recipient of this referral',
    path: ['onwardDisclosureConsents'],
  });
export type TransnationalReferral = z.infer<typeof TransnationalReferral>;

/**
 * Whether `from` (a recipient) may pass the given categories on to `to` for `purpose`:
 * only when one consent covers that pair, the purpose and every category. Anything not
 * consented is not disclosed onward; lawful bases without consent are evaluated elsewhere.
 */
export function onwardDisclosureConsented(
  referral: Pick<TransnationalReferral, 'onwardDisclosureConsents'>,
  disclosure: {
    readonly from: string;
    readonly to: string;
    readonly purpose: PurposeT;
    readonly categories: readonly DataCategoryT[];
  },
): boolean {
  return referral.onwardDisclosureConsents.some(
    (c) =>
      c.from === disclosure.from &&
      c.to === disclosure.to &&
      c.purposes.includes(disclosure.purpose) &&
      disclosure.categories.every((cat) => c.categories.includes(cat)),
  );
}
