import { ConsultationRequest } from '@nrm/domain';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { ConsultationRequestV1 } from './v1.js';

/**
 * `nrm.consultation-request` v1 ⇄ the domain `ConsultationRequest`. The shapes agree field
 * for field; the domain adds that the opinion is due after it was requested.
 */
export const consultationRequestMapping = structuralMapping(
  ConsultationRequestV1,
  ConsultationRequest,
  'nrm.consultation-request v1',
);
