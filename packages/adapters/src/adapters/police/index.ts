import type { Adapter } from '../../sdk/adapter.js';
import { policeRowToCanonical } from './inbound.js';
import { parsePoliceExport, type PoliceReferralRow } from './native.js';
import {
  policeAnswerFromCanonical,
  serializePoliceAnswers,
  type PoliceAnswerRow,
} from './outbound.js';

/** Police case system: CSV referral exports in, CSV answers (decisions, questions) out. */
export const adapter: Adapter<PoliceReferralRow, PoliceAnswerRow> = {
  name: 'police',
  description: 'Police case system: semicolon-separated CSV exports (dd.mm.yyyy) → referrals',
  inbound: { parse: parsePoliceExport, toCanonical: policeRowToCanonical },
  outbound: { fromCanonical: policeAnswerFromCanonical, serialize: serializePoliceAnswers },
  dataCategories: {
    'nrm.referral': [
      'identity',
      'family',
      'migration',
      'exploitation',
      'location',
      'process',
      'assistance',
    ],
  },
};
