import type { CtdcRecord } from './ctdc-record.js';
import type { HtcdsRow } from './htcds-csv.js';

/**
 * A CTDC record as an HTCDS v2 row, so an imported CTDC extract and our own exports load
 * into the same toolkit. CTDC records are anonymous: the row id is the source line.
 */
export function ctdcToHtcdsRow(record: CtdcRecord, instanceId: string): HtcdsRow {
  return {
    instanceId,
    fields: {
      prs_Gender: record.gender,
      ...(record.citizenship !== undefined && { prs_Citizenship: record.citizenship }),
      ...(record.exploitation.length > 0 && {
        vic_TypeOfExploitation: record.exploitation.join(' '),
      }),
      ...(record.countryOfExploitation !== undefined && {
        vic_LocationOfExploitation: record.countryOfExploitation,
      }),
      // CTDC holds identified victims (its README: "identified victims").
      vic_TraffickingStatus: 'ActualVictimOfTrafficking',
    },
  };
}
