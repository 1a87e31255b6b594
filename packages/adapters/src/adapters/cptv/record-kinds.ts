/**
 * The CPTV case-management system's record kinds and the wire message type each is: every
 * type the CPTV sends or receives (all of the catalogue but receipts, which the SDK handles).
 */
export const RECORD_KINDS: Readonly<Record<string, string>> = {
  UPUCIVANJE: 'nrm.referral',
  ZAHTEV_ZA_INFORMACIJE: 'nrm.info-request',
  ODGOVOR_NA_ZAHTEV: 'nrm.info-response',
  ZAHTEV_ZA_KONSULTACIJU: 'nrm.consultation-request',
  MISLJENJE: 'nrm.consultation-opinion',
  ODLUKA_O_IDENTIFIKACIJI: 'nrm.identification-decision',
  ZAHTEV_ZA_PREISPITIVANJE: 'nrm.review-request',
  ISHOD_PREISPITIVANJA: 'nrm.review-outcome',
  PLAN_POMOCI: 'nrm.assistance-plan',
  PLAN_ZASTITE: 'nrm.care-plan',
  UPUCIVANJE_NA_USLUGU: 'nrm.service-referral',
  IZVESTAJ_O_USLUZI: 'nrm.service-update',
  SAGLASNOST: 'nrm.consent-record',
  POVLACENJE_SAGLASNOSTI: 'nrm.consent-withdrawal',
  POSTAVLJENJE_STARATELJA: 'nrm.guardian-appointment',
  NAJBOLJI_INTERES_DETETA: 'nrm.best-interests-determination',
  ODLUKA_O_BORAVKU: 'nrm.residence-decision',
  OBAVESTENJE_O_POSTUPKU: 'nrm.proceedings-notice',
  MEDJUNARODNO_UPUCIVANJE: 'nrm.transnational-referral',
  ZAHTEV_ZA_POVRATAK: 'nrm.return-request',
  PROCENA_RIZIKA: 'nrm.risk-assessment',
  ZATVARANJE_SLUCAJA: 'nrm.case-closure',
};

/** The record kind of a wire message type. */
export const KIND_OF_TYPE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(RECORD_KINDS).map(([kind, type]) => [type, kind]),
);
