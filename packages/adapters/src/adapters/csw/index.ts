import type { Adapter } from '../../sdk/adapter.js';
import { cswCaseToCanonical } from './inbound.js';
import { parseCswExport, type CswCaseFile } from './native.js';
import { cswNoticeFromCanonical, serializeCswNotices, type CswNotice } from './outbound.js';

/** Centre for social work: XML case files out, XML notices in. */
export const adapter: Adapter<CswCaseFile, CswNotice> = {
  name: 'csw',
  description:
    'Centre for social work case system: XML case files → referrals, guardian appointments, best-interests determinations',
  inbound: { parse: parseCswExport, toCanonical: cswCaseToCanonical },
  outbound: { fromCanonical: cswNoticeFromCanonical, serialize: serializeCswNotices },
  dataCategories: {
    'nrm.referral': [
      'identity',
      'location',
      'family',
      'exploitation',
      'migration',
      'assistance',
      'process',
    ],
    'nrm.guardian-appointment': ['identity', 'family', 'process'],
    'nrm.best-interests-determination': ['identity', 'family', 'migration', 'process'],
  },
};
