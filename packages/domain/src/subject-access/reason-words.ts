import type { DisclosureReasonCode } from './disclosure-record.js';
import type { WrittenLanguage } from './rule-words.js';

/** Why a disclosure was refused or held back, and what that rests on. */
export interface ReasonText {
  readonly text: string;
  readonly legalReference: string;
}

const ZZPL_EN = 'Personal Data Protection Act, art. 12(1) (lawful processing)';
const ZZPL_SR = 'Zakon o zaštiti podataka o ličnosti, čl. 12 st. 1 (zakonitost obrade)';
const CONSENT_EN = 'Personal Data Protection Act, art. 15 (conditions for consent)';
const CONSENT_SR = 'Zakon o zaštiti podataka o ličnosti, čl. 15 (uslovi za pristanak)';
const WITHDRAWAL_EN = 'Personal Data Protection Act, art. 15(3) (withdrawal of consent)';
const WITHDRAWAL_SR = 'Zakon o zaštiti podataka o ličnosti, čl. 15 st. 3 (opoziv pristanka)';
const CHILD_EN = 'Family Act (a child is represented by a parent or guardian)';
const CHILD_SR = 'Porodični zakon (dete zastupa roditelj ili staralac)';

// Seed L56, L737: the SOPs adopted in January 2019 set who refers whom in the mechanism.
const SOP_EN = 'Standard Operating Procedures for the Treatment of Victims of Trafficking (2019)';
const SOP_SR = 'Standardne operativne procedure za postupanje sa žrtvama trgovine ljudima (2019)';

const both = (en: string, sr: string, refEn: string, refSr: string) =>
  ({
    en: { text: en, legalReference: refEn },
    'sr-Latn': { text: sr, legalReference: refSr },
  }) as const;

/**
 * Every refusal and withholding reason, in plain words per written language, with the
 * provision it rests on. Typed as a total record: a new reason code without words does not
 * compile. Adding a reason is one entry.
 */
export const REASON_WORDS: Readonly<
  Record<DisclosureReasonCode, Readonly<Record<WrittenLanguage, ReasonText>>>
> = {
  'no-consent': both(
    'No consent or legal rule covered it',
    'Nije postojao pristanak niti zakonsko pravilo',
    ZZPL_EN,
    ZZPL_SR,
  ),
  expired: both('The consent had expired', 'Pristanak je istekao', CONSENT_EN, CONSENT_SR),
  'not-yet-valid': both(
    'The consent was not yet valid',
    'Pristanak još nije važio',
    CONSENT_EN,
    CONSENT_SR,
  ),
  withdrawn: both(
    'The consent had been withdrawn',
    'Pristanak je bio opozvan',
    WITHDRAWAL_EN,
    WITHDRAWAL_SR,
  ),
  'purpose-not-covered': both(
    'The consent did not cover this purpose',
    'Pristanak nije obuhvatao ovu svrhu',
    CONSENT_EN,
    CONSENT_SR,
  ),
  'category-not-covered': both(
    'Some of the data were not covered by the consent or the legal rule',
    'Deo podataka nije bio obuhvaćen pristankom niti zakonskim pravilom',
    ZZPL_EN,
    ZZPL_SR,
  ),
  'recipient-not-covered': both(
    'The consent or the legal rule did not cover this recipient',
    'Pristanak ili zakonsko pravilo nisu obuhvatali ovog primaoca',
    ZZPL_EN,
    ZZPL_SR,
  ),
  'child-consent-by-self': both(
    'A child cannot consent alone: the guardian must consent',
    'Dete ne može samo da da pristanak: pristanak daje staralac',
    CHILD_EN,
    CHILD_SR,
  ),
  'giver-not-accepted': both(
    'Whoever consented could not do so for you',
    'Lice koje je dalo pristanak nije moglo to da učini za vas',
    CONSENT_EN,
    CONSENT_SR,
  ),
  'justification-missing': both(
    'The sender gave no reason, which the rule requires',
    'Pošiljalac nije naveo razlog, a pravilo ga zahteva',
    ZZPL_EN,
    ZZPL_SR,
  ),
  'sender-not-covered': both(
    'The legal rule does not allow this sender to share',
    'Zakonsko pravilo ne dozvoljava ovom pošiljaocu da deli podatke',
    ZZPL_EN,
    ZZPL_SR,
  ),
  'subject-not-covered': both(
    'The legal rule does not apply to you',
    'Zakonsko pravilo se ne odnosi na vas',
    ZZPL_EN,
    ZZPL_SR,
  ),
  'basis-not-in-policy': both(
    'The sender named a legal rule that does not exist',
    'Pošiljalac je naveo zakonsko pravilo koje ne postoji',
    ZZPL_EN,
    ZZPL_SR,
  ),
  'policy-not-in-force': both(
    'The legal rule was not yet in force',
    'Zakonsko pravilo još nije bilo na snazi',
    ZZPL_EN,
    ZZPL_SR,
  ),
  'discloser-not-covered': both(
    'The consent did not allow this sender to share your data',
    'Pristanak nije dozvoljavao ovom pošiljaocu da deli vaše podatke',
    CONSENT_EN,
    CONSENT_SR,
  ),
  'message-type-not-covered': both(
    'The legal rule does not cover this kind of message',
    'Zakonsko pravilo ne obuhvata ovu vrstu poruke',
    ZZPL_EN,
    ZZPL_SR,
  ),
  'route-forbidden': both(
    'These recipients were not allowed for this message',
    'Ovi primaoci nisu bili dozvoljeni za ovu poruku',
    SOP_EN,
    SOP_SR,
  ),
  'consent-withdrawn': both(
    'Consent was withdrawn before delivery',
    'Pristanak je opozvan pre dostave',
    WITHDRAWAL_EN,
    WITHDRAWAL_SR,
  ),
  'consent-lapsed': both(
    'Consent ended before delivery',
    'Pristanak je prestao da važi pre dostave',
    CONSENT_EN,
    CONSENT_SR,
  ),
};

/**
 * What exactly a routing refusal found wrong, by the routing rule the gateway logged with
 * it (`route-forbidden`); an unknown rule falls back to the reason's own words.
 */
export const REFUSAL_DETAIL_WORDS: Readonly<
  Record<string, Readonly<Record<WrittenLanguage, ReasonText>>>
> = {
  // Seed L1841: all presumed child victims are referred to the competent CSW and CPTV.
  CHILD_REFERRAL_INCLUDES_CSW: both(
    'A referral about a child must also go to the competent centre for social work, and it was missing',
    'Upućivanje deteta mora ići i nadležnom centru za socijalni rad, a on nije bio naveden',
    `Family Act (the centre for social work as guardianship authority); ${SOP_EN}`,
    `Porodični zakon (centar za socijalni rad kao organ starateljstva); ${SOP_SR}`,
  ),
  RECIPIENT_UNKNOWN: both(
    'A recipient is not a registered agency of the exchange',
    'Primalac nije registrovana ustanova ili organizacija u razmeni',
    SOP_EN,
    SOP_SR,
  ),
  ISSUER_NOT_COMPETENT: both(
    'The sender is not competent to issue this kind of message',
    'Pošiljalac nije nadležan da izda ovu vrstu poruke',
    SOP_EN,
    SOP_SR,
  ),
};
