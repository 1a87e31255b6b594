import type { DecisionStage } from '../jurisdiction/jurisdiction-profile.js';
import { addDays, addWorkingDays } from '../time.js';
import { stageClockStart, type StageClock } from './stage-clock.js';

/**
 * When a stage's decision is due under its target (UK reasonable grounds: 5 working days
 * from referral). A target, not a bar: statistics and case lists use it, no rule blocks a
 * later decision. Undefined for a stage without a target or whose start is not known yet.
 */
export function decisionTargetAt(
  clock: StageClock,
  stage: Pick<DecisionStage, 'targetDays' | 'targetUnit' | 'countFrom'>,
): string | undefined {
  const start = stageClockStart(clock, stage);
  if (stage.targetDays === undefined || start === undefined) {
    return undefined;
  }
  return stage.targetUnit === 'working-days'
    ? addWorkingDays(start, stage.targetDays)
    : addDays(start, stage.targetDays);
}
