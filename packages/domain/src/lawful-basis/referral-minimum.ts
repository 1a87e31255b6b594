/**
 * What a referral into the NRM needs for identification (`nrm.referral`: who the person is,
 * family and guardian, where, the exploitation, migration status, immediate needs, procedural
 * facts) and nothing more: never contact details, health, sex life, ethnicity or criminal
 * proceedings. Mandatory referrals carry this minimum without consent (seed L85-87, L1838-1841);
 * anything beyond it travels on consent.
 */
export const REFERRAL_MINIMUM = [
  'identity',
  'family',
  'location',
  'exploitation',
  'migration',
  'assistance',
  'process',
] as const;
