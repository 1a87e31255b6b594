/** The languages the word tables are written in; `sr-Cyrl` is transliterated from `sr-Latn`. */
export type WrittenLanguage = 'en' | 'sr-Latn';

/** One lawful-basis rule as a person and a DPO read it. */
export interface RuleText {
  /** A short name for the rule. */
  readonly name: string;
  /** What the rule allows, in plain words. */
  readonly description: string;
  /** The provisions the rule rests on. */
  readonly legalReference: string;
}

/**
 * Every rule of the lawful-basis policies in use, by rule id, in each written language.
 * Adding a rule to a policy is one entry here. References: the Personal Data Protection Act
 * ("Sl. glasnik RS" 87/2018, ZZPL) art. 12(1) lists the lawful bases in GDPR art. 6(1)'s
 * order; the sector laws are the ones the assessment names (seed L615-642, L1841).
 */
export const RULE_WORDS: Readonly<Record<string, Readonly<Record<WrittenLanguage, RuleText>>>> = {
  // Seed L395-402: reconcile the Centre's confidentiality with the duty to report a crime.
  'duty-to-report': {
    en: {
      name: 'Duty to report a crime',
      description:
        'The identification authority reports a crime to the police or the public prosecutor, with only the facts the report needs.',
      legalReference:
        'Criminal Procedure Code, art. 280 (duty to report a criminal offence); Personal Data Protection Act, art. 12(1)(3) (legal obligation)',
    },
    'sr-Latn': {
      name: 'Dužnost prijavljivanja krivičnog dela',
      description:
        'Organ nadležan za identifikaciju prijavljuje krivično delo policiji ili javnom tužilaštvu, samo sa podacima koji su za prijavu potrebni.',
      legalReference:
        'Zakonik o krivičnom postupku, čl. 280 (dužnost prijavljivanja krivičnog dela); Zakon o zaštiti podataka o ličnosti, čl. 12 st. 1 tač. 3 (pravna obaveza)',
    },
  },
  // Seed L85-87: all first responders are required to refer presumed victims to CPTV.
  'mandatory-referral': {
    en: {
      name: 'Mandatory referral to the identification authority',
      description:
        'A first responder (police, border police, centre for social work, NGO) refers a presumed victim to the Centre for the Protection of Trafficking Victims with only what identification needs; no consent is asked for this minimum.',
      legalReference:
        'Social Protection Act (the Centre for the Protection of Trafficking Victims); Standard Operating Procedures for the Treatment of Victims of Trafficking (2019); Personal Data Protection Act, art. 12(1)(3) (legal obligation)',
    },
    'sr-Latn': {
      name: 'Obavezno upućivanje nadležnom organu za identifikaciju',
      description:
        'Ustanova ili organizacija koja prva dođe u kontakt sa licem (policija, granična policija, centar za socijalni rad, udruženje) upućuje pretpostavljenu žrtvu Centru za zaštitu žrtava trgovine ljudima samo sa podacima potrebnim za identifikaciju; za taj minimum pristanak se ne traži.',
      legalReference:
        'Zakon o socijalnoj zaštiti (Centar za zaštitu žrtava trgovine ljudima); Standardne operativne procedure za postupanje sa žrtvama trgovine ljudima (2019); Zakon o zaštiti podataka o ličnosti, čl. 12 st. 1 tač. 3 (pravna obaveza)',
    },
  },
  // Seed L1838-1841, L1407-1408: every presumed child victim goes to the competent CSW; a
  // parent may be the exploiter, so the referral never waits for a parent's consent.
  'mandatory-child-referral': {
    en: {
      name: 'Mandatory referral of a child to the centre for social work',
      description:
        "A first responder refers a presumed child victim to the competent centre for social work, the guardianship authority, with what identification and the child's protection need; no consent is asked, because a parent may be the exploiter.",
      legalReference:
        'Family Act (the centre for social work as guardianship authority); Personal Data Protection Act, art. 12(1)(3) (legal obligation)',
    },
    'sr-Latn': {
      name: 'Obavezno upućivanje deteta centru za socijalni rad',
      description:
        'Ustanova ili organizacija koja prva dođe u kontakt sa detetom upućuje dete za koje se pretpostavlja da je žrtva nadležnom centru za socijalni rad, kao organu starateljstva, sa podacima potrebnim za identifikaciju i zaštitu deteta; pristanak se ne traži, jer roditelj može biti eksploatator.',
      legalReference:
        'Porodični zakon (centar za socijalni rad kao organ starateljstva); Zakon o zaštiti podataka o ličnosti, čl. 12 st. 1 tač. 3 (pravna obaveza)',
    },
  },
  // Seed L2058-2072, L2080-2105: the victim must be told of a plea agreement and of the
  // release of the accused; the Code requires the invitation to claim damages first.
  'victim-notification': {
    en: {
      name: "Duty to inform a victim's supporters of the proceedings",
      description:
        "The prosecutor or the court informs the victim's support organisation or representative and the identification authority of the release or escape of the accused, plea negotiations, the agreement, the indictment and the outcome; only the notice itself, nothing of the person's file.",
      legalReference:
        "Criminal Procedure Code, arts. 313(6) and 314(4); EU Victims' Rights Directive 2012/29/EU, art. 6; Personal Data Protection Act, art. 12(1)(3) (legal obligation)",
    },
    'sr-Latn': {
      name: 'Dužnost obaveštavanja podrške žrtve o postupku',
      description:
        'Javni tužilac ili sud obaveštava udruženje ili zastupnika koji pružaju podršku žrtvi i nadležni organ za identifikaciju o puštanju na slobodu ili bekstvu okrivljenog, pregovorima o sporazumu o priznanju krivičnog dela, sporazumu, optužnici i ishodu postupka; šalje se samo obaveštenje, ništa iz dosijea lica.',
      legalReference:
        'Zakonik o krivičnom postupku, čl. 313 st. 6 i čl. 314 st. 4; Direktiva EU 2012/29/EU o pravima žrtava, čl. 6; Zakon o zaštiti podataka o ličnosti, čl. 12 st. 1 tač. 3 (pravna obaveza)',
    },
  },
  // Seed L1841: every presumed child victim is referred to the competent CSW.
  'child-protection': {
    en: {
      name: 'Protection of a child',
      description:
        'Any agency informs the centre for social work, the guardianship authority, about a presumed child victim.',
      legalReference:
        'Family Act (the centre for social work as guardianship authority) and Social Protection Act; Personal Data Protection Act, art. 12(1)(3) (legal obligation)',
    },
    'sr-Latn': {
      name: 'Zaštita deteta',
      description:
        'Svaka ustanova ili organizacija obaveštava centar za socijalni rad, kao organ starateljstva, o detetu za koje se pretpostavlja da je žrtva.',
      legalReference:
        'Porodični zakon (centar za socijalni rad kao organ starateljstva) i Zakon o socijalnoj zaštiti; Zakon o zaštiti podataka o ličnosti, čl. 12 st. 1 tač. 3 (pravna obaveza)',
    },
  },
  'vital-interests': {
    en: {
      name: 'Protection of life',
      description:
        'Protecting the life or physical safety of the person when consent cannot be obtained in time; the sender must give a reason and the data protection officer is alerted.',
      legalReference:
        'Personal Data Protection Act, art. 12(1)(4) (vital interests) and art. 17(2)(3) (health data)',
    },
    'sr-Latn': {
      name: 'Zaštita života',
      description:
        'Zaštita života ili fizičke bezbednosti lica kada se pristanak ne može dobiti na vreme; pošiljalac mora navesti razlog, a lice za zaštitu podataka o ličnosti se obaveštava.',
      legalReference:
        'Zakon o zaštiti podataka o ličnosti, čl. 12 st. 1 tač. 4 (životno važni interesi) i čl. 17 st. 2 tač. 3 (podaci o zdravlju)',
    },
  },
  // Seed L86-87, L1047: the Centre identifies victims on referrals from state bodies.
  'procedure-public-task': {
    en: {
      name: 'Conduct of the identification procedure',
      description:
        'State bodies of the referral mechanism exchange procedural facts (nothing personal beyond the pseudonym) to run the identification procedure.',
      legalReference:
        'Social Protection Act (the Centre for the Protection of Trafficking Victims); Personal Data Protection Act, art. 12(1)(5) (public task)',
    },
    'sr-Latn': {
      name: 'Vođenje postupka identifikacije',
      description:
        'Državni organi mehanizma upućivanja razmenjuju podatke o toku postupka (ništa lično osim pseudonima) radi vođenja postupka identifikacije.',
      legalReference:
        'Zakon o socijalnoj zaštiti (Centar za zaštitu žrtava trgovine ljudima); Zakon o zaštiti podataka o ličnosti, čl. 12 st. 1 tač. 5 (poslovi u javnom interesu)',
    },
  },
};

/** The lawful basis of consent, cited beside a disclosure that relied on one. */
export const CONSENT_REFERENCE: Readonly<Record<WrittenLanguage, string>> = {
  en: 'Personal Data Protection Act, art. 12(1)(1) and art. 15 (consent)',
  'sr-Latn': 'Zakon o zaštiti podataka o ličnosti, čl. 12 st. 1 tač. 1 i čl. 15 (pristanak)',
};
