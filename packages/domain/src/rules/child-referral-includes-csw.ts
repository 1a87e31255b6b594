import type { Agency } from '../agency/agency.js';
import type { JurisdictionProfile } from '../jurisdiction/jurisdiction-profile.js';
import { childStatus } from '../person/child-status.js';
import type { AgeInformation } from '../person/subject.js';
import { violation, type RuleCheck } from '../result.js';

export interface ChildReferralRouting {
  /** What is known of the referred person's age. */
  readonly age: AgeInformation;
  /** When the referral is sent: age is judged at this instant. */
  readonly at: string;
  /** Agencies the referral is addressed to. */
  readonly recipients: readonly string[];
  /** The sending agency: a referral sent by the competent CSW itself needs no copy to it. */
  readonly sender?: string;
  /** Municipality where the child is; decides which CSW is competent. */
  readonly area: string | undefined;
  readonly directory: readonly Agency[];
  readonly profile: Pick<JurisdictionProfile, 'childProtectionAgencyKind'>;
}

/**
 * CHILD_REFERRAL_INCLUDES_CSW — DOMAIN.md "Children": all presumed child victims are
 * referred to both the competent CSW and CPTV. A child or presumed child (disputed or
 * unknown age) must be referred to the child-protection agency (profile
 * `childProtectionAgencyKind`) competent for the area. When several agencies claim the
 * area, addressing any one of them suffices.
 */
export function childReferralIncludesCsw(input: ChildReferralRouting): RuleCheck {
  const status = childStatus(input.age, input.at);
  if (status === 'adult') {
    return [];
  }
  const who = status === 'child' ? 'a child' : 'a presumed child (age disputed or unknown)';
  const { area } = input;
  if (area === undefined) {
    return [
      violation(
        'CHILD_REFERRAL_INCLUDES_CSW',
        `the referral of ${who} must say where the child is, so that the competent CSW can be addressed`,
        ['area'],
      ),
    ];
  }
  const competent = input.directory.filter(
    (a) => a.kind === input.profile.childProtectionAgencyKind && a.competentAreas.includes(area),
  );
  if (competent.length === 0) {
    return [
      violation(
        'CHILD_REFERRAL_INCLUDES_CSW',
        `no ${input.profile.childProtectionAgencyKind} in the agency directory is competent for area "${area}"`,
        ['area'],
      ),
    ];
  }
  const addressed = competent.some((a) => input.recipients.includes(a.id) || a.id === input.sender);
  return addressed
    ? []
    : [
        violation(
          'CHILD_REFERRAL_INCLUDES_CSW',
          `the referral of ${who} must also be addressed to the competent CSW for "${area}": ${competent.map((a) => a.id).join(' or ')}`,
          ['recipients'],
        ),
      ];
}
