import type { Adapter } from '../../sdk/adapter.js';
import { partnerToCanonical } from './inbound.js';
import { parsePartnerFile, type PartnerReferral } from './native.js';
import {
  partnerNoticeFromCanonical,
  serializePartnerNotices,
  type PartnerNotice,
} from './outbound.js';

/** Foreign partner: English referral files through a gpg-armored drop folder; notices back. */
export const adapter: Adapter<PartnerReferral, PartnerNotice> = {
  name: 'foreign-partner',
  description:
    'Foreign partner: English transnational referrals (ISO 3166 codes) through a drop folder of gpg-armored files',
  inbound: { parse: parsePartnerFile, toCanonical: partnerToCanonical },
  outbound: { fromCanonical: partnerNoticeFromCanonical, serialize: serializePartnerNotices },
  dataCategories: {
    'nrm.consent-record': ['identity', 'process'],
    'nrm.transnational-referral': [
      'identity',
      'location',
      'criminal-proceedings',
      'exploitation',
      'assistance',
      'process',
    ],
  },
};
