import { isCooperationCondition } from '../assistance/assistance-condition.js';
import { recoveryPeriodEndsAt } from '../deadlines/recovery-period-end.js';
import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import type { RecoveryPeriod } from '../residence/recovery-period.js';
import { violation, type RuleCheck, type RuleViolation } from '../result.js';
import type { ReturnDecision } from '../return/return-decision.js';

/**
 * RECOVERY_PERIOD — DOMAIN.md "Rights, periods and deadlines": recovery/reflection period
 * of 90 days (profile `recoveryPeriod`), extendable; no return decision during it; not
 * conditional on cooperation. Flags: extensions where the profile allows none; cooperation
 * conditions; termination because the person declined cooperation; a removal decided
 * inside the period. An improper termination does not shorten the period. Assisted
 * voluntary return at the person's own request is not a removal and is allowed.
 */
export function recoveryPeriodRespected(input: {
  readonly period: RecoveryPeriod;
  readonly profile: Pick<JurisdictionProfile, 'recoveryPeriod'>;
  readonly returnDecisions?: readonly ReturnDecision[];
}): RuleCheck {
  const { period, profile } = input;
  const found: RuleViolation[] = [];
  if (period.extensions.length > 0 && !profile.recoveryPeriod.extendable) {
    found.push(
      violation('RECOVERY_PERIOD', "this jurisdiction's recovery period is not extendable", [
        'extensions',
      ]),
    );
  }
  period.conditions.forEach((c, i) => {
    if (isCooperationCondition(c)) {
      found.push(
        violation('RECOVERY_PERIOD', `the recovery period may not be conditional on ${c}`, [
          'conditions',
          i,
        ]),
      );
    }
  });
  const improperEnd = period.terminated?.reason === 'declined-cooperation';
  if (improperEnd) {
    found.push(
      violation(
        'RECOVERY_PERIOD',
        'the recovery period may not end because the person declined to cooperate',
        ['terminated', 'reason'],
      ),
    );
  }
  const { terminated: _t, ...unterminated } = period;
  const end = Date.parse(recoveryPeriodEndsAt(improperEnd ? unterminated : period, profile));
  const start = Date.parse(period.startedAt);
  (input.returnDecisions ?? []).forEach((d, i) => {
    const t = Date.parse(d.decidedAt);
    if (d.subject === period.subject && d.kind === 'removal' && t >= start && t < end) {
      found.push(
        violation(
          'RECOVERY_PERIOD',
          `no return decision may be issued during the recovery period (removal on ${d.decidedAt})`,
          ['returnDecisions', i],
        ),
      );
    }
  });
  return found;
}
