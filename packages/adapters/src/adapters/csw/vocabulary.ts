/** The CSW case system's words (attributes of a case file) → wire values. */
export const GUARDIAN_KINDS: Readonly<Record<string, string>> = {
  privremeni: 'temporary',
  stalni: 'legal',
};

export const GUARDIAN_TYPES: Readonly<Record<string, string>> = {
  'radnik-csr': 'csw-staff',
  profesionalni: 'professional',
  srodnik: 'relative',
};

export const PARTICIPANT_ROLES: Readonly<Record<string, string>> = {
  staratelj: 'csw-guardian',
  cptv: 'competent-authority',
  lekar: 'doctor',
  nastavnik: 'educator',
  psiholog: 'psychologist',
  prevodilac: 'interpreter',
  nvo: 'ngo',
  advokat: 'legal-representative',
  roditelj: 'parent',
  drugo: 'other',
};

export const MANNERS: Readonly<Record<string, string>> = {
  licno: 'in-person',
  'uz-podrsku': 'with-support-person',
  'preko-staratelja': 'through-guardian',
};

/** Durable solutions a case file exports; reunification and return need a risk assessment. */
export const SOLUTIONS: Readonly<Record<string, string>> = {
  integracija: 'local-integration',
};
