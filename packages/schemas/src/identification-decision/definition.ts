import { IssuedDecision } from '@nrm/domain';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { IdentificationDecisionV1 } from './v1.js';

const example: IdentificationDecisionV1 = {
  outcome: 'refused',
  findings: [
    {
      criterion: 'crit.means',
      finding: 'not-met',
      reasoning:
        'No threat, deception or abuse of vulnerability was described in the two interviews.',
      evidence: ['interview', 'consultation-opinion'],
    },
  ],
  motivation: {
    text: 'The status was not granted because the means of trafficking could not be established. You may ask for a review by an independent panel; this letter says how and until when.',
    language: 'sr',
    sendTo: [
      { kind: 'subject', via: 'rs.astra' },
      { kind: 'agency', agency: 'rs.police.belgrade-thb' },
    ],
    informsOfReviewRight: true,
  },
  stage: 'final',
  draftedBy: { id: 'cw.jovana', agency: 'rs.cptv' },
  draftedAt: '2026-04-15T12:00:00+02:00',
  approvedBy: { id: 'head.milan', agency: 'rs.cptv' },
  issuedAt: '2026-04-20T12:00:00+02:00',
};

export const IDENTIFICATION_DECISION: MessageTypeDefinition = {
  type: 'nrm.identification-decision',
  summary: 'The competent authority grants or refuses victim status, citing the criteria applied.',
  versions: { 1: IdentificationDecisionV1 },
  upgrades: {},
  notes: [
    'No review deadline belongs to this message: examples of earlier releases said a review could be asked "within 30 days", which no source gives. Who may ask and until when is the jurisdiction profile\'s `review` (`@nrm/domain`), and the motivation text states it.',
    'A grant may record an element of the crime as `not-met`: status does not depend on the elements of the crime being established (seed report L1019-1025); readers must not refuse such a grant.',
  ],
  examples: { 1: example },
  domain: structuralMapping(
    IdentificationDecisionV1,
    IssuedDecision,
    'nrm.identification-decision v1',
  ),
};
