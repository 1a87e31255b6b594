import { z } from 'zod';
import { ConsultationRoleV1 } from '../common/fragments-v1.js';
import { AgencyIdV1, InstantV1, textV1 } from '../common/primitives-v1.js';
import { f } from '../meta/field-meta.js';

/**
 * `nrm.consultation-opinion` v1 — a consulted agency's information and expert opinion
 * (NGOs included) before the decision; answers a consultation request (`inReplyTo`). FROZEN.
 */
export const ConsultationOpinionV1 = z.strictObject({
  status: f(
    z.literal('consulted'),
    'process',
    'internal',
    'Status',
    'Status',
    'The agency was consulted and answers.',
  ),
  role: f(
    ConsultationRoleV1,
    'process',
    'internal',
    'Role',
    'Uloga',
    'Role in which the agency gives its opinion.',
  ),
  agency: f(AgencyIdV1, 'process', 'internal', 'Agency', 'Organ', 'Agency giving the opinion.'),
  requestedAt: f(
    InstantV1,
    'process',
    'internal',
    'Requested at',
    'Vreme zahteva',
    'When the opinion was requested.',
  ),
  opinion: f(
    textV1(4000).optional(),
    'exploitation',
    'personal',
    'Opinion',
    'Mišljenje',
    'Information and expert opinion.',
  ),
});
export type ConsultationOpinionV1 = z.infer<typeof ConsultationOpinionV1>;
