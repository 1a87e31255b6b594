import type { Indicator } from '../indicator.js';

/**
 * The criminal and border police's own indicators, "in use for many years" and kept on the
 * Ministry of Internal Affairs' intranet (seed report L794-797). Their text is not public,
 * so the shipped catalogue is empty: observations under `police` are recorded as free text
 * (accepted with a warning) until the operator loads the ministry's list.
 */
export const POLICE_INDICATORS: readonly Indicator[] = [];
