/** Serbian agencies' words for forms of exploitation (lower-case) → wire values. */
export const EXPLOITATION_FORMS: Readonly<Record<string, string>> = {
  seksualna: 'sexual',
  radna: 'labour',
  prosjačenje: 'forced-begging',
  'vršenje krivičnih dela': 'forced-criminality',
  'prinudni brak': 'forced-marriage',
  'nezakonito usvojenje': 'illegal-adoption',
  'uklanjanje organa': 'organ-removal',
  'služenje u domaćinstvu': 'domestic-servitude',
  drugo: 'other',
};

/** Serbian agencies' words for immediate needs → wire values. */
export const IMMEDIATE_NEEDS: Readonly<Record<string, string>> = {
  smeštaj: 'safe-accommodation',
  'hitna medicinska pomoć': 'emergency-medical-care',
  'psihološka podrška': 'psychological-first-aid',
  'hrana i odeća': 'food-and-clothing',
  prevodilac: 'interpretation',
  'pravna pomoć': 'legal-advice',
  zaštita: 'protection-from-reprisals',
  staratelj: 'child-guardian',
  'kontakt sa porodicom': 'family-contact',
  dokumenta: 'documents',
  novac: 'money',
};
