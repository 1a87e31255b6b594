import { InfoRequest } from '@nrm/domain';
import { structuralMapping } from '../catalogue/structural-mapping.js';
import { InfoRequestV1 } from './v1.js';

/**
 * `nrm.info-request` v1 ⇄ the domain `InfoRequest`. The shapes agree field for field, so
 * nothing is lost; the domain adds the rule that a category is requested at most once
 * (the wire's `uniqueItems` says the same).
 */
export const infoRequestMapping = structuralMapping(
  InfoRequestV1,
  InfoRequest,
  'nrm.info-request v1',
);
