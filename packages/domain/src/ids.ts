import { z } from 'zod';

/**
 * Identifiers. Persons appear only as pseudonyms: a random token minted at the first
 * referral. The pattern forbids spaces and keeps a fixed prefix so a name can never be
 * mistaken for (or used as) an identifier.
 */
export const SubjectPseudonym = z
  .string()
  .regex(
    /^sub_[0-9A-Za-z]{16,40}$/,
    'a subject pseudonym is "sub_" followed by 16-40 random letters or digits',
  )
  .brand<'SubjectPseudonym'>();
export type SubjectPseudonym = z.infer<typeof SubjectPseudonym>;

export const CasePseudonym = z
  .string()
  .regex(
    /^case_[0-9A-Za-z]{16,40}$/,
    'a case pseudonym is "case_" followed by 16-40 random letters or digits',
  )
  .brand<'CasePseudonym'>();
export type CasePseudonym = z.infer<typeof CasePseudonym>;

/** Agency ids are stable, human-readable slugs: `rs.cptv`, `rs.police.belgrade-thb`, `at.lefoe-ibf`. */
export const AgencyId = z
  .string()
  .regex(
    /^[a-z]{2}\.[a-z0-9-]+(\.[a-z0-9-]+)*$/,
    'an agency id is "<country>.<slug>[.<slug>…]" in lower case',
  )
  .brand<'AgencyId'>();
export type AgencyId = z.infer<typeof AgencyId>;

/** An instant in time, ISO 8601 with offset. The domain never reads a clock: callers pass it. */
export const Instant = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof Instant>;

/** A calendar date (birth dates, permit validity). */
export const CalendarDate = z.iso.date();
export type CalendarDate = z.infer<typeof CalendarDate>;
