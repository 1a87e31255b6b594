import type { Adapter } from '../../sdk/adapter.js';
import type { HtcdsRow } from './htcds-csv.js';
import { htcdsOutbound } from './htcds-outbound.js';

export { countCtdc, UNKNOWN, type CtdcCounts } from './ctdc-counts.js';
export { importCtdc } from './ctdc-import.js';
export type { CtdcRecord } from './ctdc-record.js';
export { ctdcToHtcdsRow } from './ctdc-to-htcds.js';
export {
  HTCDS_FORM_ID,
  HTCDS_INSTANCE_ID,
  HTCDS_V2_COLUMNS,
  HTCDS_VERSION,
  type HtcdsColumn,
} from './htcds-columns.js';
export { writeHtcdsCsv, type HtcdsRow } from './htcds-csv.js';

/**
 * HTCDS export: the cases an agency receives, as HTCDS v2 CSV for IOM. Export only; CTDC
 * data comes in through {@link importCtdc} as statistics, since its anonymous records
 * cannot become messages about a person.
 */
export const adapter: Adapter<never, HtcdsRow> = {
  name: 'htcds',
  description: 'IOM Human Trafficking Case Data Standard v2: cases → HTCDS CSV for IOM’s toolkit',
  outbound: htcdsOutbound,
};
