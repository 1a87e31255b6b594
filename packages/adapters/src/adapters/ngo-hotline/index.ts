import type { Adapter } from '../../sdk/adapter.js';
import { callToCanonical } from './inbound.js';
import { parseCallRecords, type CallRecord } from './native.js';
import { serializeTasks, taskFromCanonical, type HotlineTask } from './outbound.js';

/** NGO hotline: call records by JSON webhook → consent records and self-referrals; tasks back. */
export const adapter: Adapter<CallRecord, HotlineTask> = {
  name: 'ngo-hotline',
  description:
    'NGO hotline call system: JSON webhook of call records → self-referrals with consent records',
  inbound: { parse: parseCallRecords, toCanonical: callToCanonical },
  outbound: { fromCanonical: taskFromCanonical, serialize: serializeTasks },
  dataCategories: {
    'nrm.consent-record': ['identity', 'process'],
    'nrm.referral': [
      'identity',
      'location',
      'family',
      'exploitation',
      'migration',
      'assistance',
      'process',
    ],
  },
};
