import type { Indicator, IndicatorDimension } from '../indicator.js';

const ind = (slug: string, dimension: IndicatorDimension, label: string): Indicator => ({
  id: `child.${slug}`,
  catalogue: 'child',
  label,
  dimension,
});

/**
 * Indicators of child trafficking (SOPs for the protection of refugee and migrant children,
 * 2016; UNODC child indicators). No "means" are needed for a child, so these point at the
 * act, the exploitation and the child's situation.
 */
export const CHILD_INDICATORS: readonly Indicator[] = [
  ind(
    'unaccompanied-or-separated',
    'movement',
    'Unaccompanied, or with adults who are not their parents or legal guardians',
  ),
  ind(
    'accompanying-adult-not-related',
    'movement',
    'Accompanying adult claims a relationship that seems untrue',
  ),
  ind(
    'no-identity-documents',
    'control',
    'Has no identity documents, or documents held by an adult',
  ),
  ind('begging-on-street', 'exploitation', 'Begs on the street or sells small items'),
  ind(
    'involved-in-petty-crime',
    'exploitation',
    'Involved in pickpocketing, theft or drug dealing',
  ),
  ind('not-in-school', 'exploitation', 'Does not attend school'),
  ind('works-inappropriate-for-age', 'exploitation', 'Works in jobs unsuited to their age'),
  ind('hands-over-earnings', 'exploitation', 'Hands over money to an adult'),
  ind('sexualised-behaviour', 'wellbeing', 'Sexualised behaviour or signs of sexual abuse'),
  ind('early-or-forced-marriage', 'exploitation', 'Married early or promised in marriage'),
  ind('goes-missing-from-care', 'control', 'Goes missing from a shelter or care'),
  ind('coached-age-or-story', 'control', 'Gives an age or story that seems coached'),
  ind('signs-of-neglect', 'wellbeing', 'Signs of neglect, malnutrition or untreated injuries'),
  ind('travels-with-debt-to-smuggler', 'means', 'Owes a debt for the journey'),
];
