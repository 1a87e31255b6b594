export { EXPLOITATION_FORMS, IMMEDIATE_NEEDS } from '../shared/serbian-vocabulary.js';

/** The export's gender letters → wire values. */
export const GENDERS: Readonly<Record<string, string>> = {
  m: 'male',
  ž: 'female',
  n: 'unknown',
};

/** Identification decisions as the police system records them. */
export const DECISION_WORDS: Readonly<Record<string, string>> = {
  granted: 'status žrtve utvrđen',
  refused: 'status žrtve nije utvrđen',
};
