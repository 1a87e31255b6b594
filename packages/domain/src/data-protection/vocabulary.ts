import { z } from 'zod';

/**
 * Data categories a message may carry. The special categories of GDPR art. 9/10 are
 * marked so that policies can require more for them (DOMAIN.md "Data protection").
 */
export const DATA_CATEGORIES = [
  'identity', // pseudonym-linked identity data: name, birth date, documents
  'contact', // address, phone, current whereabouts
  'location', // places of exploitation, residence, shelter location
  'family', // dependants, relatives, guardian
  'health', // special category
  'sex-life', // special category
  'ethnicity', // special category (e.g. Roma)
  'criminal-proceedings', // special category (art. 10)
  'exploitation', // forms, indicators, narrative
  'migration', // citizenship, residence and asylum status
  'assistance', // services offered and received
  'process', // procedural facts: decisions, deadlines, participants
] as const;
export const DataCategory = z.enum(DATA_CATEGORIES);
export type DataCategory = z.infer<typeof DataCategory>;

export const SPECIAL_CATEGORIES: readonly DataCategory[] = [
  'health',
  'sex-life',
  'ethnicity',
  'criminal-proceedings',
];

export const PURPOSES = [
  'identification',
  'assistance',
  'legal-proceedings',
  'return',
  'statistics',
  'child-protection',
] as const;
export const Purpose = z.enum(PURPOSES);
export type Purpose = z.infer<typeof Purpose>;

export const LAWFUL_BASES = [
  'consent',
  'legal-obligation',
  'vital-interests',
  'public-task',
] as const;
export const LawfulBasis = z.enum(LAWFUL_BASES);
export type LawfulBasis = z.infer<typeof LawfulBasis>;

export const ConsentGiver = z.enum(['self', 'guardian', 'legal-representative']);
export type ConsentGiver = z.infer<typeof ConsentGiver>;
