import type { DecisionStage } from '../jurisdiction/jurisdiction-profile.js';

/** The instants a decision stage's periods may count from. */
export interface StageClock {
  readonly referredAt: string;
  /** The positive decision that opened this stage (UK: the reasonable-grounds decision). */
  readonly previousStageDecidedAt?: string;
}

/**
 * Where the stage's periods start: the referral, or the positive decision of the previous
 * stage. Undefined when the stage counts from a decision not taken yet.
 */
export function stageClockStart(
  clock: StageClock,
  stage: Pick<DecisionStage, 'countFrom'>,
): string | undefined {
  return stage.countFrom === 'referral' ? clock.referredAt : clock.previousStageDecidedAt;
}
