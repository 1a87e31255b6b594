import { z } from 'zod';
import { AgencyId, CasePseudonym, Instant, SubjectPseudonym } from '../ids.js';

const base = {
  case: CasePseudonym,
  subject: SubjectPseudonym,
  issuedBy: AgencyId,
  issuedAt: Instant,
  /** The court's or prosecutor's own case number, opaque here. */
  proceedingsRef: z.string().min(1).max(100).optional(),
};

export const PROTECTIVE_MEASURES = [
  'closed-hearing',
  'audio-video-link',
  'testimony-without-accused-present',
  'anonymity',
  'relocation',
  'protected-witness-programme',
] as const;
export const ProtectiveMeasure = z.enum(PROTECTIVE_MEASURES);
export type ProtectiveMeasure = z.infer<typeof ProtectiveMeasure>;

/** Status of particularly vulnerable witness and the protective measures granted. */
export const VulnerableWitnessNotice = z.object({
  ...base,
  kind: z.literal('vulnerable-witness-status'),
  granted: z.boolean(),
  protectiveMeasures: z.array(ProtectiveMeasure).max(PROTECTIVE_MEASURES.length).default([]),
});

/** A plea bargain with the accused; the victim should be notified of it. */
export const PleaBargainNotice = z.object({
  ...base,
  kind: z.literal('plea-bargain'),
  agreedAt: Instant,
  victimNotifiedAt: Instant.optional(),
});

/** The accused was released; the victim's safety plan may need to change. */
export const ReleaseOfAccusedNotice = z.object({
  ...base,
  kind: z.literal('release-of-accused'),
  releasedAt: Instant,
  victimInformedAt: Instant.optional(),
});

/** A compensation claim by the victim and where it stands. */
export const CompensationClaimNotice = z.object({
  ...base,
  kind: z.literal('compensation-claim'),
  filedAt: Instant,
  status: z.enum(['filed', 'awarded', 'rejected', 'referred-to-civil-proceedings']),
  amount: z
    .object({ value: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) })
    .optional(),
});

/**
 * The person is prosecuted for an offence committed as a consequence of being trafficked;
 * the non-punishment principle is raised (scenario S1: the flag is visible to the CSW
 * case manager).
 */
export const NonPunishmentNotice = z.object({
  ...base,
  kind: z.literal('non-punishment'),
  offence: z.string().min(1).max(500),
  outcome: z.enum(['raised', 'applied', 'not-applied']),
});

/** One interview of a child in proceedings; the number is limited (profile `childMaxInterviews`). */
export const ChildInterviewNotice = z.object({
  ...base,
  kind: z.literal('child-interview'),
  interviewedAt: Instant,
  audioVideoRecorded: z.boolean(),
  setting: z.enum(['child-friendly-room', 'court', 'prosecutor-office', 'police-station', 'other']),
});

/**
 * An agency reports a crime to the police or the prosecutor under its legal duty to report;
 * confidentiality is kept by sending only the report itself (seed report, lines 402–403;
 * DOMAIN.md "reconcile confidentiality with the duty to report"; scenario S5).
 */
export const CrimeReportNotice = z.object({
  ...base,
  kind: z.literal('crime-report'),
  offence: z.string().min(1).max(500),
  /** When the reporting agency learned of the offence. */
  learnedAt: Instant,
  /** The police or prosecutor the report goes to. */
  reportedTo: AgencyId,
  /** When the person was told that the crime was reported. */
  subjectInformedAt: Instant.optional(),
});

/**
 * A notice from criminal proceedings to the agencies assisting the person, or a crime report
 * that starts them (DOMAIN.md "Access to justice").
 */
export const ProceedingsNotice = z.discriminatedUnion('kind', [
  VulnerableWitnessNotice,
  PleaBargainNotice,
  ReleaseOfAccusedNotice,
  CompensationClaimNotice,
  NonPunishmentNotice,
  ChildInterviewNotice,
  CrimeReportNotice,
]);
export type ProceedingsNotice = z.infer<typeof ProceedingsNotice>;
export type ProceedingsNoticeKind = ProceedingsNotice['kind'];
