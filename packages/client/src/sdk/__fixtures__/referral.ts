/** A referral v2 of an adult with health data (a disability), as an NGO sends it to the CPTV. */
export const referralWithHealth = {
  id: 'ref_AbCdEfGhIjKlMnOpQr',
  casePseudonym: 'case_AbCdEfGhIjKlMnOpQrSt',
  subject: {
    pseudonym: 'sub_AbCdEfGhIjKlMnOpQrSt',
    age: {
      status: 'documented',
      birthDate: '1997-02-11',
    },
    gender: 'female',
    citizenship: ['RS'],
    migrationStatus: 'citizen',
    unaccompanied: false,
    separated: false,
    languages: ['sr'],
    interpreterNeeded: false,
    disability: true,
  },
  referringAgency: 'rs.astra',
  channel: 'ngo',
  referredAt: '2026-03-02T09:00:00.000Z',
  recipients: ['rs.cptv'],
  exploitation: {
    forms: ['sexual'],
    countriesOfRecruitment: [],
    countriesOfExploitation: ['DE'],
    domestic: false,
  },
  indicators: [
    {
      catalogue: 'iom-national',
      indicator: 'iom-national.documents-held-by-another',
      observedBy: 'rs.astra',
      observedAt: '2026-03-02T08:00:00.000Z',
    },
  ],
  immediateNeeds: ['safe-accommodation'],
  interpreter: {
    needed: false,
  },
  area: 'beograd-stari-grad',
  consentRefs: [],
};
