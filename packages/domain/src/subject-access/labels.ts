import { z } from 'zod';
import type { AgencyKind } from '../agency/agency-kind.js';
import type {
  ConsentGiver,
  DataCategory,
  LawfulBasis,
  Purpose,
} from '../data-protection/vocabulary.js';
import type { DisclosureOutcome, DisclosureReasonCode } from './disclosure-record.js';

/** Languages of the printable report: English and Serbian in Latin script (BCP 47). */
export const ReportLanguage = z.enum(['en', 'sr-Latn']);
export type ReportLanguage = z.infer<typeof ReportLanguage>;

export type ConsentStatus = 'valid' | 'not-yet-valid' | 'expired' | 'withdrawn';

const UI_KEYS = [
  'title',
  'intro',
  'subject',
  'generatedAt',
  'summary',
  'countShared',
  'countDenied',
  'countWithheld',
  'countRecipients',
  'countConsentsGiven',
  'countConsentsWithdrawn',
  'sectionShared',
  'sectionRefused',
  'sectionConsents',
  'sectionRights',
  'nothingShared',
  'nothingRefused',
  'noConsents',
  'when',
  'from',
  'to',
  'message',
  'data',
  'purpose',
  'basis',
  'outcome',
  'reason',
  'delivered',
  'acknowledged',
  'notDelivered',
  'givenBy',
  'recordedBy',
  'recipients',
  'validFrom',
  'validUntil',
  'untilWithdrawn',
  'withdrawnOn',
  'consentState',
  'everyAgencyOfKind',
  'specialCategory',
  'basisConsentBy',
  'policyVersion',
  'unknownMessage',
  'unknownRule',
  'unknownAgency',
  'rightAccess',
  'rightWithdrawal',
  'rightComplaint',
  'pseudonymNote',
] as const;
export type UiKey = (typeof UI_KEYS)[number];

/**
 * Every word the report shows, per language. Typed as total records, so a new category,
 * purpose or reason code that lacks a translation does not compile.
 */
export interface ReportLabels {
  readonly ui: Readonly<Record<UiKey, string>>;
  readonly categories: Readonly<Record<DataCategory, string>>;
  readonly purposes: Readonly<Record<Purpose, string>>;
  readonly bases: Readonly<Record<LawfulBasis, string>>;
  readonly givers: Readonly<Record<ConsentGiver, string>>;
  readonly outcomes: Readonly<Record<DisclosureOutcome, string>>;
  readonly reasons: Readonly<Record<DisclosureReasonCode, string>>;
  readonly consentStatus: Readonly<Record<ConsentStatus, string>>;
  readonly agencyKinds: Readonly<Record<AgencyKind, string>>;
  /** Known wire types, without the `nrm.` prefix. */
  readonly messageTypes: Readonly<Record<string, string>>;
  /** Rules of the lawful-basis policies in use, by rule id. */
  readonly rules: Readonly<Record<string, string>>;
  readonly months: readonly string[];
}

const EN: ReportLabels = {
  ui: {
    title: 'Report on your personal data',
    intro:
      'This report lists every time data about you was shared, or was about to be shared, through the national referral exchange, and the consents given for you.',
    subject: 'Person (pseudonym)',
    generatedAt: 'Prepared on',
    summary: 'Summary',
    countShared: 'Disclosures made',
    countDenied: 'Disclosures refused',
    countWithheld: 'Disclosures withheld',
    countRecipients: 'Agencies that received data',
    countConsentsGiven: 'Consents given',
    countConsentsWithdrawn: 'Consents withdrawn',
    sectionShared: 'What was shared',
    sectionRefused: 'What was refused or withheld',
    sectionConsents: 'Your consents',
    sectionRights: 'Your rights',
    nothingShared: 'Nothing about you was shared.',
    nothingRefused: 'No sharing was refused or withheld.',
    noConsents: 'No consent was recorded for you.',
    when: 'When',
    from: 'From',
    to: 'To',
    message: 'Message',
    data: 'Data',
    purpose: 'Purpose',
    basis: 'Basis',
    outcome: 'Outcome',
    reason: 'Reason',
    delivered: 'Delivered',
    acknowledged: 'Receipt confirmed',
    notDelivered: 'Not yet delivered',
    givenBy: 'Given by',
    recordedBy: 'Recorded by',
    recipients: 'Recipients',
    validFrom: 'Valid from',
    validUntil: 'Valid until',
    untilWithdrawn: 'until withdrawn',
    withdrawnOn: 'Withdrawn on',
    consentState: 'Current state',
    everyAgencyOfKind: 'every agency of this kind',
    specialCategory: 'specially protected',
    basisConsentBy: 'given by',
    policyVersion: 'policy version',
    unknownMessage: 'Message',
    unknownRule: 'Rule',
    unknownAgency: 'Agency not in the directory',
    rightAccess:
      'You have the right to know what data about you were shared, with whom and why. This report is that answer; you may ask for it again at any time, free of charge.',
    rightWithdrawal:
      'Where sharing relied on your consent, or on your guardian’s, you may withdraw it at any time. Data not yet delivered are then held back. Withdrawal does not make earlier sharing unlawful.',
    rightComplaint:
      'If you think your data were handled unlawfully, you may complain to the data protection authority (in Serbia: the Commissioner for Information of Public Importance and Personal Data Protection), and you may go to court.',
    pseudonymNote:
      'Your name does not travel in the exchange: agencies know you by the pseudonym shown above.',
  },
  categories: {
    identity: 'Identity data',
    contact: 'Contact details',
    location: 'Location data',
    family: 'Family data',
    health: 'Health data',
    'sex-life': 'Data on sex life',
    ethnicity: 'Ethnic origin',
    'criminal-proceedings': 'Criminal and misdemeanour proceedings data',
    exploitation: 'Exploitation data',
    migration: 'Migration status',
    assistance: 'Assistance received',
    process: 'Procedural facts',
  },
  purposes: {
    identification: 'Identification as a victim',
    assistance: 'Assistance and support',
    'legal-proceedings': 'Legal proceedings',
    return: 'Safe return',
    statistics: 'Statistics',
    'child-protection': 'Child protection',
  },
  bases: {
    consent: 'Consent',
    'legal-obligation': 'Legal obligation',
    'vital-interests': 'Vital interests',
    'public-task': 'Public task',
  },
  givers: {
    self: 'you yourself',
    guardian: 'your guardian',
    'legal-representative': 'your legal representative',
  },
  outcomes: {
    allowed: 'Shared',
    denied: 'Refused',
    withheld: 'Withheld before delivery',
  },
  reasons: {
    'no-consent': 'No consent or legal rule covered it',
    expired: 'The consent had expired',
    'not-yet-valid': 'The consent was not yet valid',
    withdrawn: 'The consent had been withdrawn',
    'purpose-not-covered': 'The purpose was not covered',
    'category-not-covered': 'Some of the data were not covered',
    'recipient-not-covered': 'The recipient was not covered',
    'child-consent-by-self': 'A child cannot consent alone',
    'giver-not-accepted': 'Whoever consented could not do so for you',
    'justification-missing': 'No justification was given',
    'sender-not-covered': 'The sender was not covered',
    'subject-not-covered': 'The rule does not apply to you',
    'basis-not-in-policy': 'No such legal rule exists',
    'policy-not-in-force': 'The legal rule was not yet in force',
    'route-forbidden': 'These recipients were not allowed for this message',
    'consent-withdrawn': 'Consent was withdrawn before delivery',
    'consent-lapsed': 'Consent ended before delivery',
  },
  consentStatus: {
    valid: 'In force',
    'not-yet-valid': 'Not yet in force',
    expired: 'Expired',
    withdrawn: 'Withdrawn',
  },
  agencyKinds: {
    'competent-authority': 'Competent identification authority',
    police: 'Police',
    'border-police': 'Border police',
    csw: 'Centre for social work',
    ngo: 'Non-governmental organisation',
    prosecutor: 'Public prosecutor',
    court: 'Court',
    'asylum-migration-authority': 'Asylum and migration authority',
    'labour-inspectorate': 'Labour inspectorate',
    education: 'Educational institution',
    health: 'Health institution',
    'ministry-foreign-affairs': 'Ministry of foreign affairs',
    'employment-agency': 'Employment service',
    'national-coordinator': 'National coordinator',
    'international-organisation': 'International organisation',
    helpline: 'Helpline',
    'foreign-partner': 'Partner abroad',
  },
  messageTypes: {
    referral: 'Referral',
    'info-request': 'Request for information',
    'info-response': 'Answer to a request for information',
    'identification-decision': 'Identification decision',
    'proceedings-notice': 'Notice of proceedings',
    'consent-record': 'Record of consent',
    'consent-withdrawal': 'Withdrawal of consent',
    'consultation-request': 'Request for consultation',
    'consultation-opinion': 'Consultation opinion',
    'best-interests-determination': 'Determination of the best interests of the child',
    'guardian-appointment': 'Appointment of a guardian',
    'care-plan': 'Care plan',
    'assistance-plan': 'Assistance plan',
    'service-referral': 'Referral to a service',
    'service-update': 'Service update',
    'risk-assessment': 'Risk assessment',
    'return-request': 'Request for return',
    'residence-decision': 'Residence decision',
    'review-request': 'Request for review',
    'review-outcome': 'Outcome of the review',
    'transnational-referral': 'Transnational referral',
    'case-closure': 'Case closure',
    receipt: 'Confirmation of receipt',
  },
  rules: {
    'duty-to-report': 'Duty to report a crime',
    'child-protection': 'Protection of a child',
    'vital-interests': 'Protection of life',
  },
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const SR: ReportLabels = {
  ui: {
    title: 'Izveštaj o vašim podacima o ličnosti',
    intro:
      'Ovaj izveštaj navodi svaki put kada su podaci o vama podeljeni, ili je trebalo da budu podeljeni, kroz nacionalnu razmenu za upućivanje, kao i pristanke date za vas.',
    subject: 'Lice (pseudonim)',
    generatedAt: 'Pripremljeno',
    summary: 'Pregled',
    countShared: 'Izvršena deljenja',
    countDenied: 'Odbijena deljenja',
    countWithheld: 'Zadržana deljenja',
    countRecipients: 'Ustanove i organizacije koje su primile podatke',
    countConsentsGiven: 'Dati pristanci',
    countConsentsWithdrawn: 'Opozvani pristanci',
    sectionShared: 'Šta je podeljeno',
    sectionRefused: 'Šta je odbijeno ili zadržano',
    sectionConsents: 'Vaši pristanci',
    sectionRights: 'Vaša prava',
    nothingShared: 'Ništa o vama nije podeljeno.',
    nothingRefused: 'Nijedno deljenje nije odbijeno niti zadržano.',
    noConsents: 'Za vas nije evidentiran nijedan pristanak.',
    when: 'Kada',
    from: 'Od',
    to: 'Kome',
    message: 'Poruka',
    data: 'Podaci',
    purpose: 'Svrha',
    basis: 'Pravni osnov',
    outcome: 'Ishod',
    reason: 'Razlog',
    delivered: 'Dostavljeno',
    acknowledged: 'Prijem potvrđen',
    notDelivered: 'Još nije dostavljeno',
    givenBy: 'Dao',
    recordedBy: 'Evidentirao',
    recipients: 'Primaoci',
    validFrom: 'Važi od',
    validUntil: 'Važi do',
    untilWithdrawn: 'do opoziva',
    withdrawnOn: 'Opozvan',
    consentState: 'Trenutno stanje',
    everyAgencyOfKind: 'svaka ustanova ili organizacija ove vrste',
    specialCategory: 'posebno zaštićeni',
    basisConsentBy: 'dao',
    policyVersion: 'verzija pravila',
    unknownMessage: 'Poruka',
    unknownRule: 'Pravilo',
    unknownAgency: 'Ustanova ili organizacija koja nije u imeniku',
    rightAccess:
      'Imate pravo da znate koji su podaci o vama podeljeni, sa kim i zašto. Ovaj izveštaj je taj odgovor; možete ga ponovo zatražiti u svakom trenutku, besplatno.',
    rightWithdrawal:
      'Kada se deljenje zasnivalo na vašem pristanku, ili na pristanku vašeg staraoca, možete ga opozvati u svakom trenutku. Podaci koji još nisu dostavljeni tada se zadržavaju. Opoziv ne čini ranije deljenje nezakonitim.',
    rightComplaint:
      'Ako smatrate da su vaši podaci obrađivani nezakonito, možete podneti pritužbu Povereniku za informacije od javnog značaja i zaštitu podataka o ličnosti, a možete se obratiti i sudu.',
    pseudonymNote:
      'Vaše ime se ne prenosi u razmeni: organi vas poznaju po pseudonimu navedenom gore.',
  },
  categories: {
    identity: 'Podaci o identitetu',
    contact: 'Kontakt podaci',
    location: 'Podaci o lokaciji',
    family: 'Podaci o porodici',
    health: 'Podaci o zdravlju',
    'sex-life': 'Podaci o seksualnom životu',
    ethnicity: 'Podaci o etničkom poreklu',
    'criminal-proceedings': 'Podaci o krivičnim i prekršajnim postupcima',
    exploitation: 'Podaci o eksploataciji',
    migration: 'Podaci o migracionom statusu',
    assistance: 'Podaci o pruženoj pomoći',
    process: 'Podaci o toku postupka',
  },
  purposes: {
    identification: 'Identifikacija',
    assistance: 'Pomoć i podrška',
    'legal-proceedings': 'Pravni postupci',
    return: 'Bezbedan povratak',
    statistics: 'Statistika',
    'child-protection': 'Zaštita deteta',
  },
  bases: {
    consent: 'Pristanak',
    'legal-obligation': 'Zakonska obaveza',
    'vital-interests': 'Životno važni interesi',
    'public-task': 'Obavljanje poslova u javnom interesu',
  },
  givers: {
    self: 'vi lično',
    guardian: 'vaš staralac',
    'legal-representative': 'vaš zakonski zastupnik',
  },
  outcomes: {
    allowed: 'Podeljeno',
    denied: 'Odbijeno',
    withheld: 'Zadržano pre dostave',
  },
  reasons: {
    'no-consent': 'Nije postojao pristanak niti zakonsko pravilo',
    expired: 'Pristanak je istekao',
    'not-yet-valid': 'Pristanak još nije važio',
    withdrawn: 'Pristanak je bio opozvan',
    'purpose-not-covered': 'Svrha nije bila obuhvaćena',
    'category-not-covered': 'Deo podataka nije bio obuhvaćen',
    'recipient-not-covered': 'Primalac nije bio obuhvaćen',
    'child-consent-by-self': 'Dete ne može samo da da pristanak',
    'giver-not-accepted': 'Lice koje je dalo pristanak nije moglo to da učini za vas',
    'justification-missing': 'Nije navedeno obrazloženje',
    'sender-not-covered': 'Pošiljalac nije bio obuhvaćen',
    'subject-not-covered': 'Pravilo se ne odnosi na vas',
    'basis-not-in-policy': 'Takvo zakonsko pravilo ne postoji',
    'policy-not-in-force': 'Zakonsko pravilo još nije bilo na snazi',
    'route-forbidden': 'Ovi primaoci nisu bili dozvoljeni za ovu poruku',
    'consent-withdrawn': 'Pristanak je opozvan pre dostave',
    'consent-lapsed': 'Pristanak je prestao da važi pre dostave',
  },
  consentStatus: {
    valid: 'Na snazi',
    'not-yet-valid': 'Još nije na snazi',
    expired: 'Istekao',
    withdrawn: 'Opozvan',
  },
  agencyKinds: {
    'competent-authority': 'Nadležni organ za identifikaciju',
    police: 'Policija',
    'border-police': 'Granična policija',
    csw: 'Centar za socijalni rad',
    ngo: 'Nevladina organizacija',
    prosecutor: 'Javno tužilaštvo',
    court: 'Sud',
    'asylum-migration-authority': 'Komesarijat za izbeglice i migracije / Kancelarija za azil',
    'labour-inspectorate': 'Inspektorat za rad',
    education: 'Obrazovna ustanova',
    health: 'Zdravstvena ustanova',
    'ministry-foreign-affairs': 'Ministarstvo spoljnih poslova',
    'employment-agency': 'Nacionalna služba za zapošljavanje',
    'national-coordinator': 'Nacionalni koordinator',
    'international-organisation': 'Međunarodna organizacija',
    helpline: 'SOS linija',
    'foreign-partner': 'Partner u inostranstvu',
  },
  messageTypes: {
    referral: 'Upućivanje',
    'info-request': 'Zahtev za informacije',
    'info-response': 'Odgovor na zahtev za informacije',
    'identification-decision': 'Odluka o identifikaciji',
    'proceedings-notice': 'Obaveštenje o postupku',
    'consent-record': 'Evidencija pristanka',
    'consent-withdrawal': 'Opoziv pristanka',
    'consultation-request': 'Zahtev za konsultacije',
    'consultation-opinion': 'Mišljenje u konsultacijama',
    'best-interests-determination': 'Utvrđivanje najboljeg interesa deteta',
    'guardian-appointment': 'Postavljenje staraoca',
    'care-plan': 'Plan zaštite',
    'assistance-plan': 'Plan pomoći',
    'service-referral': 'Upućivanje na uslugu',
    'service-update': 'Izveštaj o usluzi',
    'risk-assessment': 'Procena rizika',
    'return-request': 'Zahtev za povratak',
    'residence-decision': 'Odluka o boravku',
    'review-request': 'Zahtev za preispitivanje',
    'review-outcome': 'Ishod preispitivanja',
    'transnational-referral': 'Transnacionalno upućivanje',
    'case-closure': 'Zatvaranje slučaja',
    receipt: 'Potvrda prijema',
  },
  rules: {
    'duty-to-report': 'Dužnost prijavljivanja krivičnog dela',
    'child-protection': 'Zaštita deteta',
    'vital-interests': 'Zaštita života',
  },
  months: [
    'januar',
    'februar',
    'mart',
    'april',
    'maj',
    'jun',
    'jul',
    'avgust',
    'septembar',
    'oktobar',
    'novembar',
    'decembar',
  ],
};

/** The label table of a report language. */
export function reportLabels(language: ReportLanguage): ReportLabels {
  return language === 'en' ? EN : SR;
}

/** The ui keys, so tests can check no raw key leaks into a rendered document. */
export const REPORT_UI_KEYS: readonly UiKey[] = UI_KEYS;

/** A wire type in words; an unknown type keeps its code after a generic word. */
export function messageTypeInWords(type: string, labels: ReportLabels): string {
  const short = type.replace(/^nrm\./, '');
  return labels.messageTypes[short] ?? `${labels.ui.unknownMessage} ${type}`;
}

/** A policy rule in words; an unknown rule keeps its id after a generic word. */
export function ruleInWords(ruleId: string, labels: ReportLabels): string {
  return labels.rules[ruleId] ?? `${labels.ui.unknownRule} ${ruleId}`;
}

/** `3 March 2026, 09:00 UTC` / `3. mart 2026. u 09:00 (UTC)`: deterministic, no locale data. */
export function instantInWords(instant: string, language: ReportLanguage): string {
  const d = new Date(instant);
  const month = reportLabels(language).months[d.getUTCMonth()] ?? '';
  const time = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return language === 'en'
    ? `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}, ${time} UTC`
    : `${d.getUTCDate()}. ${month} ${d.getUTCFullYear()}. u ${time} (UTC)`;
}
