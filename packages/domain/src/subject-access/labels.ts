import { z } from 'zod';
import type { AgencyKind } from '../agency/agency-kind.js';
import type {
  ConsentGiver,
  DataCategory,
  LawfulBasis,
  Purpose,
} from '../data-protection/vocabulary.js';
import type { KEEP_REASONS, StoredItem } from '../retention/erasure.js';
import type { DisclosureOutcome, DisclosureReasonCode } from './disclosure-record.js';
import { REASON_WORDS, REFUSAL_DETAIL_WORDS } from './reason-words.js';
import { CONSENT_REFERENCE, RULE_WORDS, type WrittenLanguage } from './rule-words.js';
import { cyrillicTable } from './transliterate.js';

/**
 * Languages of the printable report (BCP 47): English, and Serbian in Latin and in Cyrillic
 * script — official documents in Serbia are written in either.
 */
export const ReportLanguage = z.enum(['en', 'sr-Latn', 'sr-Cyrl']);
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
  'legalReference',
  'sectionErasures',
  'noErasures',
  'erasureRequest',
  'requestedBy',
  'erased',
  'erasedNothing',
  'kept',
  'until',
  'rightErasure',
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
  /** Rules of the lawful-basis policies in use, by rule id (from `RULE_WORDS`). */
  readonly rules: Readonly<Record<string, string>>;
  /** What each rule allows, in plain words, by rule id. */
  readonly ruleDescriptions: Readonly<Record<string, string>>;
  /** The provisions each rule rests on, by rule id. */
  readonly ruleReferences: Readonly<Record<string, string>>;
  /** The provisions each refusal reason rests on. */
  readonly reasonReferences: Readonly<Record<DisclosureReasonCode, string>>;
  /** What a routing refusal found wrong, by routing rule, and its provision. */
  readonly refusalDetails: Readonly<Record<string, string>>;
  readonly refusalDetailReferences: Readonly<Record<string, string>>;
  /** The provision a consent basis rests on. */
  readonly consentReference: string;
  /** Kinds of stored item an erasure deletes or keeps. */
  readonly storedItems: Readonly<Record<StoredItem['kind'], string>>;
  /** Why an erasure kept an item. */
  readonly keepReasons: Readonly<Record<(typeof KEEP_REASONS)[number], string>>;
  readonly months: readonly string[];
}

/** The parts of a label table written once per language here; the rest come from the word tables. */
type OwnLabels = Omit<
  ReportLabels,
  | 'rules'
  | 'ruleDescriptions'
  | 'ruleReferences'
  | 'reasons'
  | 'reasonReferences'
  | 'refusalDetails'
  | 'refusalDetailReferences'
  | 'consentReference'
>;

function withWordTables(own: OwnLabels, language: WrittenLanguage): ReportLabels {
  const pick = <K extends string, V>(
    table: Readonly<Record<K, Readonly<Record<WrittenLanguage, V>>>>,
    field: (v: V) => string,
  ): Record<K, string> =>
    Object.fromEntries(
      Object.entries<Readonly<Record<WrittenLanguage, V>>>(table).map(([k, v]) => [
        k,
        field(v[language]),
      ]),
    ) as Record<K, string>;
  return {
    ...own,
    rules: pick(RULE_WORDS, (r) => r.name),
    ruleDescriptions: pick(RULE_WORDS, (r) => r.description),
    ruleReferences: pick(RULE_WORDS, (r) => r.legalReference),
    reasons: pick(REASON_WORDS, (r) => r.text),
    reasonReferences: pick(REASON_WORDS, (r) => r.legalReference),
    refusalDetails: pick(REFUSAL_DETAIL_WORDS, (r) => r.text),
    refusalDetailReferences: pick(REFUSAL_DETAIL_WORDS, (r) => r.legalReference),
    consentReference: CONSENT_REFERENCE[language],
  };
}

const EN: OwnLabels = {
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
    legalReference: 'Legal reference',
    sectionErasures: 'Erasure of your data',
    noErasures: 'No erasure of your data was requested.',
    erasureRequest: 'Erasure request',
    requestedBy: 'Requested by',
    erased: 'Erased',
    erasedNothing: 'Nothing could be erased yet',
    kept: 'Kept',
    until: 'until',
    rightErasure:
      'You may ask for your data to be erased. What the law still requires is kept, and this report says what and why (Personal Data Protection Act, art. 30).',
  },
  storedItems: {
    ciphertext: 'Encrypted content of messages',
    'consent-evidence': 'Signed consent forms',
    'transparency-log': 'Entries of the transparency log (pseudonym only)',
  },
  keepReasons: {
    'legal-proceedings': 'Proceedings concerning you are pending (legal hold)',
    'withheld-evidence':
      'Evidence of a delivery that was held back, for the data protection officer',
    'awaiting-delivery': 'A recipient had not received it yet',
    'consent-in-force': 'Your consent is still in force; withdraw it to have the form erased',
    'consent-evidence-period':
      'It proves that earlier sharing was lawful, for a set time after the consent ended',
    'pseudonymous-log':
      'They hold only your pseudonym, never your name, and prove what was shared; they cannot be changed',
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

const SR: OwnLabels = {
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
      'Vaše ime se ne prenosi u razmeni: ustanove i organizacije vas poznaju po pseudonimu navedenom gore.',
    legalReference: 'Propis',
    sectionErasures: 'Brisanje vaših podataka',
    noErasures: 'Brisanje vaših podataka nije traženo.',
    erasureRequest: 'Zahtev za brisanje',
    requestedBy: 'Zatražio',
    erased: 'Obrisano',
    erasedNothing: 'Još ništa nije moglo biti obrisano',
    kept: 'Zadržano',
    until: 'do',
    rightErasure:
      'Možete tražiti da vaši podaci budu obrisani. Ono što zakon i dalje zahteva se zadržava, a ovaj izveštaj navodi šta i zašto (Zakon o zaštiti podataka o ličnosti, čl. 30).',
  },
  storedItems: {
    ciphertext: 'Šifrovani sadržaj poruka',
    'consent-evidence': 'Potpisani obrasci pristanka',
    'transparency-log': 'Zapisi u evidenciji transparentnosti (samo pseudonim)',
  },
  keepReasons: {
    'legal-proceedings': 'U toku je postupak koji se odnosi na vas (zabrana brisanja)',
    'withheld-evidence': 'Dokaz o zadržanoj dostavi, za lice za zaštitu podataka o ličnosti',
    'awaiting-delivery': 'Primalac ga još nije primio',
    'consent-in-force': 'Vaš pristanak je još na snazi; opozovite ga da bi obrazac bio obrisan',
    'consent-evidence-period':
      'Dokazuje da je ranije deljenje bilo zakonito, određeno vreme nakon prestanka pristanka',
    'pseudonymous-log':
      'Sadrže samo vaš pseudonim, nikada ime, i dokazuju šta je podeljeno; ne mogu se menjati',
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
  // Genitive, as a date is written: "6. aprila 2026.".
  months: [
    'januara',
    'februara',
    'marta',
    'aprila',
    'maja',
    'juna',
    'jula',
    'avgusta',
    'septembra',
    'oktobra',
    'novembra',
    'decembra',
  ],
};

const TABLES: Readonly<Record<ReportLanguage, ReportLabels>> = {
  en: withWordTables(EN, 'en'),
  'sr-Latn': withWordTables(SR, 'sr-Latn'),
  // Mechanical: Serbian Latin and Cyrillic spell the same words letter for letter.
  'sr-Cyrl': cyrillicTable(withWordTables(SR, 'sr-Latn')),
};

/** The label table of a report language. */
export function reportLabels(language: ReportLanguage): ReportLabels {
  return TABLES[language];
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

/**
 * `3 March 2026, 09:00 UTC` / `3. marta 2026. u 09:00 (UTC)` / `3. марта 2026. у 09:00 (UTC)`:
 * deterministic, no locale data. UTC stays in Latin letters, as in Cyrillic documents.
 */
export function instantInWords(instant: string, language: ReportLanguage): string {
  const d = new Date(instant);
  const month = reportLabels(language).months[d.getUTCMonth()] ?? '';
  const time = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  if (language === 'en') {
    return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}, ${time} UTC`;
  }
  const at = language === 'sr-Cyrl' ? 'у' : 'u';
  return `${d.getUTCDate()}. ${month} ${d.getUTCFullYear()}. ${at} ${time} (UTC)`;
}
