import { EnvelopeV1 } from '@nrm/schemas';
import { z } from 'zod';
import type { AdapterIssue, ParsedRecord } from '../../sdk/adapter.js';
import { RECORD_KINDS } from './record-kinds.js';
import { readExportJson } from '../../sdk/export-input.js';

/**
 * One record of the CPTV system's JSON API (`{ "zapisi": [ … ] }`): the case facts the
 * envelope declares, in the system's own field names, and the content (`sadrzaj`) in the
 * shape of the wire type — the CPTV system was built on the exchange's schemas.
 */
export const CptvRecord = z.strictObject({
  id: z.string().min(1).max(100),
  vrsta: z.enum(Object.keys(RECORD_KINDS) as [string, ...string[]]),
  verzija: z.int().min(1),
  posiljalac: EnvelopeV1.shape.from.optional(),
  primaoci: z.array(EnvelopeV1.shape.from).min(1),
  lice: EnvelopeV1.shape.subject,
  predmet: z.string().optional(),
  dete: z.boolean(),
  svrha: EnvelopeV1.shape.purpose,
  pravniOsnov: EnvelopeV1.shape.legalBasis,
  saglasnosti: z.array(z.string()).default([]),
  obrazlozenje: z.string().optional(),
  opstina: z.string().optional(),
  odgovorNa: z.string().optional(),
  sadrzaj: z.unknown(),
});
export type CptvRecord = z.infer<typeof CptvRecord>;

const Body = z.object({ zapisi: z.array(z.unknown()) });

function unreadable(message: string, path: string): ParsedRecord<CptvRecord> {
  const error: AdapterIssue = { code: 'NATIVE_RECORD_UNREADABLE', message, path };
  return { nativeId: 'body', error };
}

/** Split a JSON body into records; each bad record is its own issue, at its JSON pointer. */
export function parseCptvBody(input: string | Uint8Array): ParsedRecord<CptvRecord>[] {
  const read = readExportJson(input);
  if ('notJson' in read) {
    return [unreadable(`Not JSON: ${read.notJson}`, '')];
  }
  const body = Body.safeParse(read.json);
  if (!body.success) {
    return [unreadable('Expected an object with a "zapisi" array.', '/zapisi')];
  }
  return body.data.zapisi.map((raw, index) => {
    const parsed = CptvRecord.safeParse(raw);
    const id =
      typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string'
        ? raw.id
        : `record ${String(index)}`;
    if (parsed.success) {
      return { nativeId: parsed.data.id, record: parsed.data };
    }
    const issue = parsed.error.issues[0];
    const error: AdapterIssue = {
      code: issue?.code === 'invalid_value' ? 'NATIVE_FIELD_INVALID' : 'NATIVE_FIELD_INVALID',
      message: issue?.message ?? 'Invalid record.',
      path: [`/zapisi/${String(index)}`, ...(issue?.path ?? []).map(String)].join('/'),
    };
    return { nativeId: id, error };
  });
}
