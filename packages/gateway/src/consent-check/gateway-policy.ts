import {
  LawfulBasisPolicy,
  SERBIA,
  SERBIA_LAWFUL_BASIS_POLICY,
  type JurisdictionProfile,
} from '@nrm/domain';

/**
 * The lawful-basis policy the gateway enforces: the domain's Serbian policy plus one rule
 * for procedural traffic between the state bodies that run the identification procedure
 * (referrals, information requests, decisions carrying only `process` facts) under their
 * public task. Versioned data; each delivery records the policy id, version and rule id.
 */
export const GATEWAY_POLICY: LawfulBasisPolicy = LawfulBasisPolicy.parse({
  ...SERBIA_LAWFUL_BASIS_POLICY,
  id: 'rs-nrm-gateway',
  // Follows the domain's policy version: v2 added the mandatory referrals and victim notification.
  version: 2,
  rules: [
    ...SERBIA_LAWFUL_BASIS_POLICY.rules,
    {
      id: 'procedure-public-task',
      basis: 'public-task',
      description:
        'State bodies of the NRM exchange procedural facts (no personal details beyond the pseudonym) to run the identification procedure.',
      sender: {
        by: 'kind',
        kinds: [
          'competent-authority',
          'csw',
          'police',
          'border-police',
          'prosecutor',
          'national-coordinator',
        ],
      },
      recipient: {
        by: 'kind',
        kinds: [
          'competent-authority',
          'csw',
          'police',
          'border-police',
          'prosecutor',
          'national-coordinator',
        ],
      },
      subjects: 'any',
      purposes: ['identification', 'legal-proceedings', 'child-protection'],
      categories: ['process'],
      requiresJustification: false,
      alertDpo: false,
      explicitOnly: true,
      source:
        'Law on Social Protection and the SOPs for trafficking victims: the identification procedure run by CPTV with the police, CSWs and prosecutors (seed L85-87).',
    },
  ],
});

/** The jurisdiction whose roles (competent authority, child-protection agency) the policy names. */
export const GATEWAY_PROFILE: JurisdictionProfile = SERBIA;
