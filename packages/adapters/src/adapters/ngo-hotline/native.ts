import { z } from 'zod';
import type { AdapterIssue, ParsedRecord } from '../../sdk/adapter.js';
import { readExportJson } from '../../sdk/export-input.js';

const Iso = z.iso.datetime({ offset: true });

/**
 * One call record as the hotline's call-handling system posts it: who called (its own
 * caller code, never a name), what the counsellor heard, and what the caller agreed to.
 */
export const CallRecord = z.strictObject({
  pozivId: z.string().min(1).max(80),
  vreme: Iso,
  pozivalac: z.strictObject({
    sifra: z.string().min(1),
    pol: z.enum(['ž', 'm', 'drugo', 'nepoznato']),
    godine: z.int().min(0).max(120).optional(),
    drzavljanstvo: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
    jezik: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .default('sr'),
  }),
  opstina: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  oblici: z.array(z.string()).min(1),
  potrebe: z.array(z.string()).default([]),
  opis: z.string().min(1).max(1000),
  inostranstvo: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
  saglasnost: z.strictObject({
    data: z.boolean(),
    primaoci: z.array(z.string()).default([]),
    svrhe: z.array(z.enum(['identification', 'assistance', 'legal-proceedings'])).default([]),
    kategorije: z.array(z.string()).default([]),
    vaziMeseci: z.int().min(1).max(60).default(12),
    obrazac: z.string().default('rs-2026.1'),
  }),
});
export type CallRecord = z.infer<typeof CallRecord>;

const Body = z.object({ pozivi: z.array(z.unknown()).optional() }).loose();

/** A webhook body: one call record, or `{ "pozivi": [ … ] }`; each bad call is its own issue. */
export function parseCallRecords(input: string | Uint8Array): ParsedRecord<CallRecord>[] {
  const read = readExportJson(input);
  if ('notJson' in read) {
    const issue: AdapterIssue = {
      code: 'NATIVE_RECORD_UNREADABLE',
      message: `Not JSON: ${read.notJson}`,
      path: '',
    };
    return [{ nativeId: 'body', error: issue }];
  }
  const json = read.json;
  const body = Body.safeParse(json);
  if (!body.success) {
    const issue: AdapterIssue = {
      code: 'NATIVE_RECORD_UNREADABLE',
      message: 'Expected a call record or { "pozivi": [ … ] }.',
      path: '',
    };
    return [{ nativeId: 'body', error: issue }];
  }
  const many = Array.isArray(body.data.pozivi);
  const calls: unknown[] = many ? (body.data.pozivi as unknown[]) : [json];
  const prefix = many ? '/pozivi' : '';
  return calls.map((raw, index) => {
    const parsed = CallRecord.safeParse(raw);
    const at = prefix === '' ? '' : `${prefix}/${String(index)}`;
    const id =
      typeof raw === 'object' && raw !== null && 'pozivId' in raw && typeof raw.pozivId === 'string'
        ? raw.pozivId
        : `call ${String(index)}`;
    if (parsed.success) {
      return { nativeId: parsed.data.pozivId, record: parsed.data };
    }
    const issue = parsed.error.issues[0];
    const error: AdapterIssue = {
      code: 'NATIVE_FIELD_INVALID',
      message: issue?.message ?? 'Invalid call record.',
      path: `${at}/${(issue?.path ?? []).map(String).join('/')}`,
    };
    return { nativeId: id, error };
  });
}
