import { RecoveryPeriod, TemporaryResidencePermit } from '@nrm/domain';
import { z } from 'zod';
import type { MessageTypeDefinition } from '../catalogue/message-type.js';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { ResidenceDecisionV1 } from './v1.js';

const example: ResidenceDecisionV1 = {
  decision: 'residence-permit',
  permit: {
    subject: 'sub_9K2M7Q4F8X1B3R5T',
    grantedBy: 'rs.mup.foreigners',
    validFrom: '2026-05-01T00:00:00+02:00',
    ground: 'protection-recovery-safety',
    extensions: [],
    access: { labourMarket: true, vocationalTraining: true, education: true },
  },
};

/** The domain keeps the two decisions as separate records; the message says which one it carries. */
const DomainResidenceDecision = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('recovery-period'), period: RecoveryPeriod }),
  z.object({ decision: z.literal('residence-permit'), permit: TemporaryResidencePermit }),
]);

export const RESIDENCE_DECISION: MessageTypeDefinition = {
  type: 'nrm.residence-decision',
  summary: 'A recovery and reflection period or a temporary residence permit for a foreign victim.',
  versions: { 1: ResidenceDecisionV1 },
  upgrades: {},
  notes: [
    "Serbian label 'Period oporavka' (`period`) in v1: the term is 'Period oporavka i razmišljanja' (recovery and reflection period); the next version uses it.",
    'A temporary residence permit is for a person whose victim status was granted (seed report L1300-1306; `@nrm/domain` RESIDENCE_PERMIT_REQUIRES_STATUS).',
  ],
  examples: { 1: example },
  domain: structuralMapping(
    ResidenceDecisionV1,
    DomainResidenceDecision,
    'nrm.residence-decision v1',
  ),
};
