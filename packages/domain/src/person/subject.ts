import { z } from 'zod';
import { CountryCode } from '../country.js';
import { CalendarDate, SubjectPseudonym } from '../ids.js';

export const Gender = z.enum(['female', 'male', 'transgender', 'non-binary', 'unknown']);
export type Gender = z.infer<typeof Gender>;

export const MigrationStatus = z.enum([
  'citizen',
  'regular-migrant',
  'irregular-migrant',
  'asylum-seeker',
  'refugee',
  'stateless',
  'unknown',
]);
export type MigrationStatus = z.infer<typeof MigrationStatus>;

/**
 * What is known of the person's age. A `disputed` or `unknown` age is treated as a child
 * until assessed (AGE_DISPUTED_TREATED_AS_CHILD).
 */
export const AgeInformation = z.discriminatedUnion('status', [
  z.object({ status: z.literal('documented'), birthDate: CalendarDate }),
  z.object({
    status: z.literal('assessed'),
    estimatedAge: z.number().int().min(0).max(120),
    assessedOn: CalendarDate,
  }),
  z.object({
    status: z.literal('disputed'),
    claimedAge: z.number().int().min(0).max(120).optional(),
  }),
  z.object({ status: z.literal('unknown') }),
]);
export type AgeInformation = z.infer<typeof AgeInformation>;

/** A person in the NRM, identified only by a pseudonym. No names live in the model. */
export const Subject = z.object({
  pseudonym: SubjectPseudonym,
  age: AgeInformation,
  gender: Gender,
  citizenship: z.array(CountryCode).max(5),
  migrationStatus: MigrationStatus,
  /** A child without parents or caregiver (unaccompanied) or with a non-caregiver (separated). */
  unaccompanied: z.boolean().default(false),
  separated: z.boolean().default(false),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/, 'ISO 639 language code'))
    .max(10)
    .default([]),
  interpreterNeeded: z.boolean().default(false),
  disability: z.boolean().optional(),
  dependants: z.number().int().min(0).max(30).optional(),
});
export type Subject = z.infer<typeof Subject>;
