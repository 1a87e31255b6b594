import { z } from 'zod';
import { Exploitation } from '../exploitation/exploitation-form.js';
import { AgencyId, CasePseudonym, Instant } from '../ids.js';
import {
  checkIndicatorObservations,
  IndicatorObservation,
} from '../indicators/indicator-observation.js';
import { Subject } from '../person/subject.js';
import type { IndicatorCatalogue } from '../indicators/indicator.js';
import { INDICATOR_CATALOGUES } from '../indicators/indicator-catalogues.js';
import type { RuleWarning } from '../result.js';
import { FirstResponderChannel } from './first-responder-channel.js';
import { ImmediateNeed } from './immediate-need.js';
import { ReferralId } from './referral-id.js';

/** Interpretation the person needs to take part in the procedure, in a language they understand. */
export const InterpreterNeed = z.discriminatedUnion('needed', [
  z.object({ needed: z.literal(false) }),
  z.object({
    needed: z.literal(true),
    language: z.string().regex(/^[a-z]{2,3}$/, 'ISO 639 language code'),
  }),
]);
export type InterpreterNeed = z.infer<typeof InterpreterNeed>;

/**
 * A referral of a presumed victim by a first responder to the competent authority (and,
 * for a child, the competent CSW). DOMAIN.md "Identification procedure" step 1. The person
 * appears only as a pseudonymous `Subject`.
 */
export const Referral = z.object({
  id: ReferralId,
  casePseudonym: CasePseudonym,
  subject: Subject,
  referringAgency: AgencyId,
  channel: FirstResponderChannel,
  referredAt: Instant,
  recipients: z.array(AgencyId).min(1).max(20),
  exploitation: Exploitation,
  indicators: z.array(IndicatorObservation).max(200).default([]),
  immediateNeeds: z.array(ImmediateNeed).max(20).default([]),
  interpreter: InterpreterNeed,
  /** Municipality code where the person is; selects the competent CSW. */
  area: z.string().min(1).max(64),
  /** Ids of the consent records the disclosure relies on (empty when another lawful basis applies). */
  consentRefs: z.array(z.string().min(1).max(128)).max(20).default([]),
});
export type Referral = z.infer<typeof Referral>;

/**
 * Domain checks on a parsed referral beyond its shape. None refuses it: first responders
 * must refer (seed report L86-87), so what is found here is a warning for the reader, e.g.
 * an indicator outside the loaded catalogues (INDICATOR_UNKNOWN). Routing checks (e.g.
 * CHILD_REFERRAL_INCLUDES_CSW) need the agency directory and live with routing.
 */
export function checkReferral(
  referral: Referral,
  catalogues: readonly IndicatorCatalogue[] = INDICATOR_CATALOGUES,
): readonly RuleWarning[] {
  return checkIndicatorObservations(referral.indicators, catalogues, ['indicators']);
}
