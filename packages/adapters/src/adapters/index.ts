import type { Adapter, AdapterFixtures } from '../sdk/adapter.js';
import * as cptv from './cptv/index.js';
import * as cptvConformance from './cptv/conformance.js';
import * as csw from './csw/index.js';
import * as cswConformance from './csw/conformance.js';
import * as foreignPartner from './foreign-partner/index.js';
import * as foreignPartnerConformance from './foreign-partner/conformance.js';
import * as ngoHotline from './ngo-hotline/index.js';
import * as ngoHotlineConformance from './ngo-hotline/conformance.js';
import * as police from './police/index.js';
import * as policeConformance from './police/conformance.js';

/** One registered adapter and the fixtures the conformance kit checks it with. */
export interface RegisteredAdapter {
  readonly adapter: Adapter;
  readonly fixtures: AdapterFixtures;
}

/**
 * An adapter with its record types forgotten: the runner and the kit only hand a mapping the
 * records its own `parse` and `fromCanonical` produced.
 */
export function register<I, O>(
  adapter: Adapter<I, O>,
  fixtures: AdapterFixtures,
): RegisteredAdapter {
  return { adapter: adapter, fixtures };
}

/** Every reference adapter (`nrm-adapter check <name>`). */
export const ADAPTERS: readonly RegisteredAdapter[] = [
  register(police.adapter, policeConformance.fixtures),
  register(cptv.adapter, cptvConformance.fixtures),
  register(csw.adapter, cswConformance.fixtures),
  register(ngoHotline.adapter, ngoHotlineConformance.fixtures),
  register(foreignPartner.adapter, foreignPartnerConformance.fixtures),
];
