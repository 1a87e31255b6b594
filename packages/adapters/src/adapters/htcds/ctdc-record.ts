/**
 * One victim record of the CTDC Global Dataset (IOM's Counter Trafficking Data
 * Collaborative, k-anonymised), read into HTCDS v2 vocabulary so CTDC figures and our HTCDS
 * exports count the same things. `undefined` where CTDC wrote `-99` (not recorded).
 */
export interface CtdcRecord {
  readonly yearOfRegistration: number;
  /** HTCDS `prs_Gender` value. */
  readonly gender: string;
  /** CTDC's own age band (HTCDS keeps a birth date, not a band), e.g. `9-17`, `48+`. */
  readonly ageGroup?: string;
  /** HTCDS `vic_TypeOfExploitation` values; empty when CTDC recorded none. */
  readonly exploitation: readonly string[];
  /** ISO 3166-1 alpha-2, as HTCDS `vic_LocationOfExploitation`. */
  readonly countryOfExploitation?: string;
  /** ISO 3166-1 alpha-2 (HTCDS `prs_Citizenship`). */
  readonly citizenship?: string;
}

/** CTDC `gender` → HTCDS `prs_Gender` (CTDC's published codebook values). */
export const CTDC_GENDER: Readonly<Record<string, string>> = {
  Female: 'Feminine',
  Male: 'Masculine',
  'Transgender/NonConforming': 'NonConforming',
  '-99': 'NonSpecifiedUnknown',
};

/**
 * CTDC's exploitation flags → HTCDS `vic_TypeOfExploitation`. `isSexAndLabour` counts as
 * both; `isSlaveryAndPractices` is servitude; CTDC's "other" stays Other.
 */
export const CTDC_EXPLOITATION_FLAGS: readonly (readonly [string, readonly string[]])[] = [
  ['isForcedLabour', ['ForcedLabour']],
  ['isSexualExploit', ['SexualExploitation']],
  ['isSexAndLabour', ['SexualExploitation', 'ForcedLabour']],
  ['isForcedMarriage', ['ForcedMarriage']],
  ['isForcedMilitary', ['ForcedMilitaryByNonStateActors']],
  ['isOrganRemoval', ['OrganRemoval']],
  ['isSlaveryAndPractices', ['Servitude']],
  ['isOtherExploit', ['Other']],
];
