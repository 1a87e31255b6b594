import { z } from 'zod';
import type { AdapterIssue, ParsedRecord } from '../../sdk/adapter.js';
import { isCountryCode } from '../shared/country-code.js';
import { readExportJson } from '../../sdk/export-input.js';

const Iso = z.iso.datetime({ offset: true });
const Day = z.iso.date();
const Country = z
  .string()
  .refine(isCountryCode, { message: 'not an ISO 3166-1 alpha-2 country code' });

/**
 * One transnational referral as a foreign partner writes it, in English, one case per file:
 * plain JSON its staff produce with any editor or script, then sign and encrypt with gpg.
 */
export const PartnerReferral = z.strictObject({
  caseReference: z.string().min(1).max(80),
  personCode: z.string().min(1).max(80),
  preparedAt: Iso,
  senderCountry: Country,
  recipients: z.array(z.string().min(1)).min(1),
  consent: z.strictObject({
    obtainedAt: Iso,
    validUntil: Iso,
    purposes: z.array(z.enum(['identification', 'assistance', 'legal-proceedings'])).min(1),
    categories: z.array(z.string()).min(1),
    language: z.string().regex(/^[a-z]{2,3}$/),
    form: z.string().min(1),
    mayShare: z.array(z.string()).default([]),
  }),
  identification: z.strictObject({
    date: Day,
    body: z.enum(['ngo', 'authority']),
    basis: z.array(z.string().min(1)).min(1),
    criminalCase: z.enum(['none', 'pending', 'dismissed', 'convicted', 'unknown']),
  }),
  evidenceSummary: z.string().min(1).max(4000),
  requestedServices: z.array(z.string()).default([]),
  returnRisk: z
    .strictObject({
      destination: Country,
      assessedOn: Day,
      level: z.enum(['low', 'medium', 'high']),
      factors: z.array(z.string()).default([]),
      returnAdvised: z.boolean(),
      safeguards: z.array(z.string()).default([]),
    })
    .optional(),
});
export type PartnerReferral = z.infer<typeof PartnerReferral>;

/** One file, one referral; a bad file is one issue at the JSON path of its first problem. */
export function parsePartnerFile(input: string | Uint8Array): ParsedRecord<PartnerReferral>[] {
  const read = readExportJson(input);
  if ('notJson' in read) {
    const issue: AdapterIssue = {
      code: 'NATIVE_RECORD_UNREADABLE',
      message: `Not JSON: ${read.notJson}`,
      path: '',
    };
    return [{ nativeId: 'file', error: issue }];
  }
  const json = read.json;
  const parsed = PartnerReferral.safeParse(json);
  const id =
    typeof json === 'object' &&
    json !== null &&
    'caseReference' in json &&
    typeof json.caseReference === 'string'
      ? json.caseReference
      : 'file';
  if (parsed.success) {
    return [{ nativeId: parsed.data.caseReference, record: parsed.data }];
  }
  const issue = parsed.error.issues[0];
  const error: AdapterIssue = {
    code: 'NATIVE_FIELD_INVALID',
    message: issue?.message ?? 'Invalid referral.',
    path: `/${(issue?.path ?? []).map(String).join('/')}`,
  };
  return [{ nativeId: id, error }];
}
