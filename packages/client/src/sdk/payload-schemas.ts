import type { DataCategory } from '@nrm/domain';
import type { GatewayError } from '../errors/index.js';

/** A payload read against its wire schema: valid and upgraded to the latest version, or why not. */
export type PayloadReading =
  { ok: true; version: number; value: unknown } | { ok: false; error: GatewayError };

/**
 * What the SDK needs from the wire schemas (`@nrm/schemas`): validate + upgrade a payload,
 * and name the data categories a payload actually carries (from the schemas' field metadata).
 * A port so the SDK states its needs in one place.
 */
export interface PayloadSchemas {
  read(type: string, version: number, data: unknown): PayloadReading;
  dataCategories(type: string, version: number, data: unknown): readonly DataCategory[];
}
