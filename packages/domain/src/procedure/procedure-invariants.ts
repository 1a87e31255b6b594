import type { IdentificationCriterion } from '../criteria/identification-criterion.js';
import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { decisionCitesCriteria } from '../rules/decision-cites-criteria.js';
import { interviewNotAtPoliceStation } from '../rules/interview-not-at-police-station.js';
import { interviewWhenReady } from '../rules/interview-when-ready.js';
import { negativeDecisionRequiresConsultation } from '../rules/negative-decision-requires-consultation.js';
import { negativeDecisionRequiresMotivation } from '../rules/negative-decision-requires-motivation.js';
import { reviewPanelIndependent } from '../rules/review-panel-independent.js';
import { daysBetween, isBefore } from '../time.js';
import { sameOfficial } from './official.js';
import {
  consultationsForStage,
  reviewedDecisionMakers,
  stageOpenedAt,
  type ProcedureState,
} from './procedure-state.js';

const REVIEW_PHASES = new Set([
  'review-requested',
  'under-review',
  'refusal-upheld',
  'inadmissibility-upheld',
]);

/**
 * Everything that must hold of any state the procedure can reach: a decision issued only
 * when its rules held, phases consistent with the recorded decisions and reviews. Used by
 * the property tests and by stores that load a state from elsewhere. Returns the broken
 * invariants, in words; empty = consistent.
 */
export function procedureInvariantViolations(
  s: ProcedureState,
  profile: JurisdictionProfile,
  criteria?: readonly IdentificationCriterion[],
): readonly string[] {
  const broken: string[] = [];
  const stages = profile.decisionStages;
  const stageIndexOf = (id: string): number => stages.findIndex((st) => st.id === id);

  if (!Number.isInteger(s.stageIndex) || s.stageIndex < 0 || s.stageIndex >= stages.length) {
    broken.push(`stage index ${s.stageIndex} outside the profile's ${stages.length} stages`);
  }
  if (isBefore(s.lastEventAt, s.referredAt)) {
    broken.push('last event before the referral');
  }
  if (
    s.phase !== 'received' &&
    !(s.phase === 'dismissed' && s.caseWorker === undefined) &&
    s.caseWorker === undefined
  ) {
    broken.push(`phase ${s.phase} without a case worker`);
  }
  if ((s.phase === 'draft') !== (s.draft !== undefined)) {
    broken.push(`phase ${s.phase} ${s.draft ? 'with' : 'without'} a pending draft`);
  }
  const openReview = s.reviews[s.reviews.length - 1];
  const reviewingInadmissibility =
    openReview?.of === 'inadmissibility' &&
    (s.phase === 'review-requested' || s.phase === 'under-review');
  const closed =
    s.phase === 'inadmissible' ||
    s.phase === 'inadmissibility-upheld' ||
    s.phase === 'dismissed' ||
    reviewingInadmissibility;
  if (closed !== (s.closure !== undefined)) {
    broken.push(`phase ${s.phase} and closure record disagree`);
  }

  s.interviews.forEach((interview, i) => {
    const v = [...interviewNotAtPoliceStation(interview), ...interviewWhenReady(interview)];
    if (v.length > 0) {
      broken.push(`interview ${i} breaks ${v.map((x) => x.code).join(', ')}`);
    }
  });

  let previousStage = -1;
  s.decisions.forEach((d, i) => {
    const at = stageIndexOf(d.stage);
    const stage = stages[at];
    if (stage === undefined || at < previousStage || at > s.stageIndex) {
      broken.push(`decision ${i} is for stage ${d.stage}, out of order`);
      return;
    }
    previousStage = at;
    if (sameOfficial(d.draftedBy, d.approvedBy)) {
      broken.push(`decision ${i} approved by its drafter`);
    }
    const clockStart =
      stage.countFrom === 'referral' ? s.referredAt : stageOpenedAt(s, profile, at);
    if (
      stage.notBeforeDays !== undefined &&
      (clockStart === undefined || daysBetween(clockStart, d.issuedAt) < stage.notBeforeDays)
    ) {
      broken.push(`decision ${i} issued before day ${stage.notBeforeDays}`);
    }
    const v = [
      ...decisionCitesCriteria(d, {
        subjectIsChild: s.subjectIsChild,
        ...(criteria === undefined ? {} : { criteria }),
      }),
      ...negativeDecisionRequiresMotivation(d, s.firstResponder),
      ...negativeDecisionRequiresConsultation(
        d.outcome,
        consultationsForStage(s, d.stage),
        d.issuedAt,
        profile.consultationBeforeRefusal.minimumDaysToRespond,
      ),
    ];
    if (v.length > 0) {
      broken.push(`decision ${i} breaks ${v.map((x) => x.code).join(', ')}`);
    }
  });

  const last = s.decisions[s.decisions.length - 1];
  const lastReview = s.reviews[s.reviews.length - 1];
  const ofRefusal = lastReview?.of !== 'inadmissibility';
  if (
    (s.phase === 'refused' || (REVIEW_PHASES.has(s.phase) && ofRefusal)) &&
    last?.outcome !== 'refused'
  ) {
    broken.push(`phase ${s.phase} but the last decision is not a refusal`);
  }
  if (
    (s.phase === 'refusal-upheld' && !ofRefusal) ||
    (s.phase === 'inadmissibility-upheld' && ofRefusal)
  ) {
    broken.push(`phase ${s.phase} but the review is of the other kind of decision`);
  }
  if (REVIEW_PHASES.has(s.phase)) {
    const expected =
      s.phase === 'review-requested'
        ? lastReview?.panel === undefined && lastReview?.conclusion === undefined
        : s.phase === 'under-review'
          ? lastReview?.panel !== undefined && lastReview.conclusion === undefined
          : lastReview?.conclusion?.outcome === 'upheld';
    if (lastReview === undefined || !expected) {
      broken.push(`phase ${s.phase} and the review record disagree`);
    }
  } else if (s.reviews.some((r) => r.conclusion?.outcome !== 'overturned')) {
    // Outside the review phases, only overturned reviews lie behind the case.
    broken.push(`phase ${s.phase} with an open or upheld review`);
  }
  s.reviews.forEach((r, i) => {
    const makers = reviewedDecisionMakers(s, r);
    if (makers === undefined) {
      broken.push(`review ${i} of stage ${r.stage} without a ${r.of} to review`);
      return;
    }
    if (!profile.review.requestedBy.includes(r.request.requestedBy)) {
      broken.push(`review ${i} requested by ${r.request.requestedBy}, who is not entitled`);
    }
    if (r.panel !== undefined) {
      const v = reviewPanelIndependent(r.panel, makers, profile.review.kind);
      if (v.length > 0) {
        broken.push(`review ${i} panel is not independent`);
      }
    }
  });

  if (s.phase === 'granted') {
    const conclusiveIndex = stages.findIndex((st) => st.conclusive);
    const grantedByDecision =
      last?.outcome === 'granted' && stageIndexOf(last.stage) === conclusiveIndex;
    const grantedByReview =
      lastReview?.of === 'refusal' &&
      lastReview.conclusion?.outcome === 'overturned' &&
      stageIndexOf(lastReview.stage) === conclusiveIndex;
    if (!grantedByDecision && !grantedByReview) {
      broken.push('granted without a positive decision at the conclusive stage');
    }
  }
  // Every earlier stage was passed with a positive outcome (decision or overturned refusal).
  for (let i = 0; i < Math.min(s.stageIndex, stages.length); i += 1) {
    const id = stages[i]?.id;
    const passed =
      s.decisions.some((d) => d.stage === id && d.outcome === 'granted') ||
      s.reviews.some(
        (r) => r.of === 'refusal' && r.stage === id && r.conclusion?.outcome === 'overturned',
      );
    if (!passed) {
      broken.push(`at stage ${s.stageIndex} without a positive outcome at stage ${id ?? i}`);
    }
  }
  return broken;
}
