import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { sameOfficial, type Official } from '../procedure/official.js';
import { violation, type RuleCheck, type RuleViolation } from '../result.js';

/** The people who made the original decision. */
export interface OriginalDecisionMakers {
  readonly draftedBy: Official;
  readonly approvedBy: Official;
  readonly caseWorker?: Official | undefined;
}

/**
 * REVIEW_PANEL_INDEPENDENT — DOMAIN.md "What the assessment recommends": review of a
 * negative decision by an independent panel, not the body that decided. No member may be
 * among the case worker, drafter or approver; under an `independent-panel` profile no member
 * may belong to the deciding agency either (a `reconsideration` profile, like the UK's,
 * allows other officials of the same authority).
 */
export function reviewPanelIndependent(
  panel: readonly Official[],
  original: OriginalDecisionMakers,
  reviewKind: JurisdictionProfile['review']['kind'],
): RuleCheck {
  if (panel.length === 0) {
    return [
      violation('REVIEW_PANEL_INDEPENDENT', 'a review panel needs at least one member', ['panel']),
    ];
  }
  const makers = [
    original.draftedBy,
    original.approvedBy,
    ...(original.caseWorker ? [original.caseWorker] : []),
  ];
  const decidingAgency = original.approvedBy.agency;
  const found: RuleViolation[] = [];
  panel.forEach((member, i) => {
    if (makers.some((m) => sameOfficial(m, member))) {
      found.push(
        violation(
          'REVIEW_PANEL_INDEPENDENT',
          `panel member ${member.id} took part in the original decision`,
          ['panel', i],
        ),
      );
    } else if (reviewKind === 'independent-panel' && member.agency === decidingAgency) {
      found.push(
        violation(
          'REVIEW_PANEL_INDEPENDENT',
          `panel member ${member.id} belongs to ${decidingAgency}, the body that decided`,
          ['panel', i],
        ),
      );
    }
  });
  return found;
}
