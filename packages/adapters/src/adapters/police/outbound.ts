import type { ReceivedMessage } from '@nrm/client';
import type { MappingContext } from '../../sdk/adapter.js';
import { writeCsv } from '../shared/csv.js';
import { toSerbianDate } from '../shared/dates.js';
import { DECISION_WORDS } from './vocabulary.js';

/** The columns of the police system's import of answers (acknowledgements of its referrals). */
export const ANSWER_COLUMNS = [
  'broj_poruke',
  'u_odgovoru_na',
  'vrsta',
  'predmet_pseudonim',
  'posiljalac',
  'datum',
  'sadrzaj',
] as const;

export type PoliceAnswerRow = Readonly<Record<(typeof ANSWER_COLUMNS)[number], string>>;

/**
 * What the police system records of a received message: the CPTV's identification decision
 * on a referral (the acknowledgement the officer sees) and questions asked of the police;
 * other types are read in the exchange's own inbox, not imported.
 */
export function policeAnswerFromCanonical(
  message: ReceivedMessage,
  _context: MappingContext,
): PoliceAnswerRow | null {
  const base = {
    broj_poruke: message.id,
    u_odgovoru_na: message.envelope.inReplyTo ?? '',
    predmet_pseudonim: message.envelope.case ?? '',
    posiljalac: message.envelope.from,
  };
  if (message.envelope.type === 'nrm.identification-decision') {
    const decision = message.payload as { outcome: string; issuedAt: string };
    return {
      ...base,
      vrsta: 'odluka o identifikaciji',
      datum: toSerbianDate(decision.issuedAt),
      sadrzaj: DECISION_WORDS[decision.outcome] ?? decision.outcome,
    };
  }
  if (message.envelope.type === 'nrm.info-request') {
    const request = message.payload as { questions: string[]; respondBy?: string };
    return {
      ...base,
      vrsta: 'zahtev za informacije',
      datum: toSerbianDate(message.envelope.createdAt),
      sadrzaj: request.questions.join(' | '),
    };
  }
  return null;
}

export function serializePoliceAnswers(rows: readonly PoliceAnswerRow[]): string {
  return writeCsv(ANSWER_COLUMNS, rows);
}
