import { InfoResponse } from '@nrm/domain';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { InfoResponseV1 } from './v1.js';

/**
 * `nrm.info-response` v1 ⇄ the domain `InfoResponse`. The shapes agree field for field; the
 * domain adds that each question is answered at most once (`DOMAIN_INVALID` otherwise).
 */
export const infoResponseMapping = structuralMapping(
  InfoResponseV1,
  InfoResponse,
  'nrm.info-response v1',
);
