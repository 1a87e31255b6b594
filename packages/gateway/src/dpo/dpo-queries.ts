import {
  buildSubjectAccessReport,
  renderSubjectAccessHtml,
  renderSubjectAccessText,
  type ReportLanguage,
  type SubjectAccessReport,
} from '@nrm/domain';
import { z } from 'zod';
import { SERBIAN_AGENCY_NAMES } from '../seed/serbian-agencies.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { disclosureRecordsOf, type LoggedDisclosure } from './disclosure-records.js';

/** What a DPO filters disclosures by; every field narrows, none is required. */
export const DisclosureFilter = z.strictObject({
  subject: z.string().optional(),
  /** Sender or recipient. */
  agency: z.string().optional(),
  /** Period: decisions at or after `from` and before `to` (ISO instants). */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  outcome: z.enum(['allowed', 'denied', 'withheld']).optional(),
  limit: z.number().int().min(1).max(10_000).default(1000),
});
export type DisclosureFilter = z.input<typeof DisclosureFilter>;

type Context = Pick<GatewayContext, 'store' | 'log' | 'policy' | 'clock'>;

/** Every disclosure decision in the log, as records (oldest first). */
export async function allDisclosures(ctx: Context): Promise<LoggedDisclosure[]> {
  return disclosureRecordsOf(await ctx.log.leaves(), await ctx.store.deliveries.handOverTimes());
}

/** Disclosures by subject, agency, period and outcome (oldest first, at most `limit`). */
export async function findDisclosures(
  ctx: Context,
  filter: DisclosureFilter,
): Promise<LoggedDisclosure[]> {
  const f = DisclosureFilter.parse(filter);
  const from = f.from === undefined ? -Infinity : Date.parse(f.from);
  const to = f.to === undefined ? Infinity : Date.parse(f.to);
  return (await allDisclosures(ctx))
    .filter(
      (d) =>
        (f.subject === undefined || d.subject === f.subject) &&
        (f.agency === undefined || d.sender === f.agency || d.recipient === f.agency) &&
        (f.outcome === undefined || d.outcome === f.outcome) &&
        Date.parse(d.at) >= from &&
        Date.parse(d.at) < to,
    )
    .slice(0, f.limit);
}

/** Disclosures that relied on a policy rule rather than a consent (non-consent bases). */
export async function nonConsentDisclosures(
  ctx: Context,
  filter: DisclosureFilter,
): Promise<LoggedDisclosure[]> {
  return (await findDisclosures(ctx, { ...filter, limit: 10_000 }))
    .filter((d) => d.outcome !== 'denied' && d.basis?.kind === 'policy')
    .slice(0, DisclosureFilter.parse(filter).limit);
}

/**
 * DPO alerts: disclosures under a rule that alerts the DPO (vital interests) — the rule is
 * looked up in the policy in force; a rule no longer in it still alerts if its id says so.
 */
export async function dpoAlerts(
  ctx: Context,
  filter: DisclosureFilter,
): Promise<(LoggedDisclosure & { ruleId: string })[]> {
  const alerting = new Set(ctx.policy.rules.filter((r) => r.alertDpo).map((r) => r.id));
  return (await nonConsentDisclosures(ctx, filter)).flatMap((d) =>
    d.basis?.kind === 'policy' &&
    (alerting.has(d.basis.ruleId) || d.basis.lawfulBasis === 'vital-interests')
      ? [{ ...d, ruleId: d.basis.ruleId }]
      : [],
  );
}

/** The subject access report for one pseudonym, as of now, in `language`. */
export async function subjectAccessReport(
  ctx: Context,
  subject: string,
  language: ReportLanguage,
): Promise<SubjectAccessReport> {
  const { consents, withdrawals } = await ctx.store.consents.ofSubject(subject);
  return buildSubjectAccessReport({
    subject: subject as SubjectAccessReport['subject'],
    agencies: await ctx.store.registry.listAgencies(),
    disclosures: (await allDisclosures(ctx)).filter((d) => d.subject === subject),
    consents,
    withdrawals,
    erasures: await ctx.store.retention.erasureRecordsOf(subject),
    serbianNames: SERBIAN_AGENCY_NAMES,
    generatedAt: ctx.clock.now().toISOString(),
    language,
  });
}

/** The formats a subject access report is served in. */
export const REPORT_FORMATS = ['json', 'html', 'text'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The report as a document: JSON, printable HTML, or plain text. */
export function renderReport(
  report: SubjectAccessReport,
  format: ReportFormat,
): { contentType: string; body: string } {
  switch (format) {
    case 'json':
      return { contentType: 'application/json', body: `${JSON.stringify(report, null, 2)}\n` };
    case 'html':
      return { contentType: 'text/html; charset=utf-8', body: renderSubjectAccessHtml(report) };
    case 'text':
      return { contentType: 'text/plain; charset=utf-8', body: renderSubjectAccessText(report) };
  }
}
