import { z } from 'zod';

/**
 * Identification criteria. The competent authority's own are not published (seed report
 * L1002-1011) and the report recommends publishing them (L303-305), so the set a decision
 * cites is reference data the operator loads per jurisdiction (`reference-data/`). The
 * shipped set below is the project's own, built on the Palermo Protocol art. 3 and the CoE
 * Convention art. 4 and 10, and labelled illustrative. Decisions cite criteria by id
 * (DECISION_CITES_CRITERIA).
 */
export const IDENTIFICATION_CRITERION_IDS = [
  'crit.act',
  'crit.means',
  'crit.purpose-exploitation',
  'crit.child-no-means-required',
  'crit.consent-irrelevant',
  'crit.indicators-observed',
  'crit.credible-account',
  'crit.independent-of-criminal-proceedings',
  'crit.foreign-identification-considered',
] as const;
export const CriterionId = z.enum(IDENTIFICATION_CRITERION_IDS);
export type CriterionId = z.infer<typeof CriterionId>;

export const IdentificationCriterion = z.object({
  id: z
    .string()
    .max(100)
    .regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, 'a criterion id is lower-case words joined by . or -'),
  title: z.string().min(1).max(200),
  text: z.string().min(1).max(4000),
  /** Legal source, so the person and the first responder can check the criterion. */
  source: z.string().min(1).max(1000),
  /**
   * An element of the definition of the offence. Informative only: status does not depend
   * on the elements of the crime being established (L1019-1025), so no rule blocks a grant
   * on one.
   */
  element: z.boolean(),
});
export type IdentificationCriterion = z.infer<typeof IdentificationCriterion>;

/** The shipped criteria: illustrative, the project's own reading of the international definitions. */
export const IDENTIFICATION_CRITERIA: readonly IdentificationCriterion[] = [
  {
    id: 'crit.act',
    title: 'Act',
    text: 'The person was recruited, transported, transferred, harboured or received.',
    source: 'Palermo Protocol art. 3(a); CoE Convention art. 4(a)',
    element: true,
  },
  {
    id: 'crit.means',
    title: 'Means',
    text: 'By threat or use of force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or giving or receiving payments to a person having control.',
    source: 'Palermo Protocol art. 3(a); CoE Convention art. 4(a)',
    element: true,
  },
  {
    id: 'crit.purpose-exploitation',
    title: 'Purpose of exploitation',
    text: 'For the purpose of exploitation: sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude, forced begging or criminality, forced marriage, illegal adoption or removal of organs.',
    source: 'Palermo Protocol art. 3(a); CoE Convention art. 4(a)',
    element: true,
  },
  {
    id: 'crit.child-no-means-required',
    title: 'Child: no means required',
    text: 'For a person under 18 (or presumed to be), the act and the purpose suffice; the means need not be shown.',
    source: 'Palermo Protocol art. 3(c); CoE Convention art. 4(c)',
    element: true,
  },
  {
    id: 'crit.consent-irrelevant',
    title: 'Consent is irrelevant',
    text: 'The consent of the person to the intended exploitation is irrelevant where any of the means was used.',
    source: 'Palermo Protocol art. 3(b); CoE Convention art. 4(b)',
    element: false,
  },
  {
    id: 'crit.indicators-observed',
    title: 'Indicators observed',
    text: 'Indicators of the published sets were observed by the first responder or during the procedure.',
    source: 'DOMAIN.md "The person"; national indicators (IOM/CPTV), ILO, UNODC',
    element: false,
  },
  {
    id: 'crit.credible-account',
    title: 'Credible account',
    text: 'The account given, read in the light of trauma and of the time needed to disclose, is on balance credible.',
    source: 'CoE Convention art. 10; UNODC Issue Paper on the definition of trafficking (2018)',
    element: false,
  },
  {
    id: 'crit.independent-of-criminal-proceedings',
    title: 'Independent of criminal proceedings',
    text: 'Victim status does not depend on a criminal investigation, prosecution or conviction, nor on their outcome, nor on cooperation with the authorities.',
    source: 'CoE Convention art. 10 and 12(6); DOMAIN.md "What an NRM is"',
    element: false,
  },
  {
    id: 'crit.foreign-identification-considered',
    title: 'Foreign identification considered',
    text: 'An identification made abroad, including by a foreign NGO, and its evidence are considered on their merits.',
    source: 'DOMAIN.md "Transnational referrals"; SCENARIOS S3',
    element: false,
  },
];

/** The criterion with this id in `criteria` (by default the shipped, illustrative set). */
export function findCriterion(
  id: string,
  criteria: readonly IdentificationCriterion[] = IDENTIFICATION_CRITERIA,
): IdentificationCriterion | undefined {
  return criteria.find((c) => c.id === id);
}
