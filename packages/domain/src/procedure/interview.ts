import { z } from 'zod';
import { Instant } from '../ids.js';
import { Official } from './official.js';

/**
 * Where an identification interview takes place. `police-station` exists so that it can be
 * recorded and refused (INTERVIEW_NOT_AT_POLICE_STATION): the seed report found interviews
 * held there for lack of office space.
 */
export const INTERVIEW_SETTINGS = [
  'competent-authority-premises',
  'csw-premises',
  'ngo-premises',
  'shelter',
  'health-facility',
  'child-friendly-room',
  'place-chosen-by-person',
  'remote',
  'police-station',
] as const;
export const InterviewSetting = z.enum(INTERVIEW_SETTINGS);
export type InterviewSetting = z.infer<typeof InterviewSetting>;

/** A professional's judgement that the person has recovered, is stabilised and ready (INTERVIEW_WHEN_READY). */
export const ReadinessAssessment = z.object({
  assessedAt: Instant,
  assessedBy: Official,
  stabilised: z.boolean(),
  ready: z.boolean(),
  /**
   * Assessed as particularly traumatised: a warning to consider not questioning the child in
   * criminal proceedings (CHILD_MAX_TWO_INTERVIEWS, seed L2456-2459), never a bar.
   */
  particularlyTraumatised: z.boolean(),
  note: z.string().max(1000).optional(),
});
export type ReadinessAssessment = z.infer<typeof ReadinessAssessment>;

/** An interview as the procedure event carries it; its time is the event's time. */
export const InterviewDetails = z.object({
  setting: InterviewSetting,
  conductedBy: z.array(Official).min(1).max(5),
  interpreterLanguage: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'ISO 639 language code')
    .optional(),
  /** Absent when nobody assessed readiness: the interview is then refused. */
  readiness: ReadinessAssessment.optional(),
});
export type InterviewDetails = z.infer<typeof InterviewDetails>;

export const Interview = InterviewDetails.extend({ at: Instant });
export type Interview = z.infer<typeof Interview>;
