import { countTable, suppressSmallCells, yearOf, type PublishedTable } from '@nrm/domain';
import { median } from '@nrm/domain';
import type { GatewayContext } from '../context/gateway-context.js';

/** The period counted: calendar years [fromYear, toYear], UTC. */
export interface FigurePeriod {
  fromYear: number;
  toYear: number;
}

const CHILD_ROUTED = new Set(['nrm.referral', 'nrm.transnational-referral']);

function subjectIsChild(envelope: Uint8Array): boolean {
  try {
    return (
      (JSON.parse(new TextDecoder().decode(envelope)) as { subjectIsChild?: unknown })
        .subjectIsChild === true
    );
  } catch {
    return false;
  }
}

function table<T>(
  items: readonly T[],
  classify: (item: T) => { year: number; column: string } | undefined,
  years: readonly number[],
  k: number,
): PublishedTable {
  const columns = [
    ...new Set(items.map(classify).flatMap((c) => (c === undefined ? [] : [c.column]))),
  ].sort();
  return suppressSmallCells(countTable(items, columns, classify, years), k);
}

/**
 * What the gateway can count from envelopes and delivery records alone, per year, small
 * cells suppressed at `k` like the competent authority's figures: volumes by channel (the
 * sender's agency kind), type and sender; delivery times; refusals by code; consent
 * withdrawals; child referrals co-addressed to a centre for social work.
 */
export async function envelopeFigures(ctx: GatewayContext, period: FigurePeriod, k: number) {
  const years = Array.from(
    { length: period.toYear - period.fromYear + 1 },
    (_, i) => period.fromYear + i,
  );
  const from = `${period.fromYear}-01-01T00:00:00.000Z`;
  const to = `${period.toYear + 1}-01-01T00:00:00.000Z`;
  const messages = await ctx.store.operations.envelopeFacts(from, to);
  const deliveries = await ctx.store.operations.deliveryFacts(from, to);
  const withdrawals = await ctx.store.operations.consentWithdrawals(from, to);
  const denied = (await ctx.log.leaves()).flatMap((leaf) =>
    leaf.kind === 'disclosure-denied' && leaf.at >= from && leaf.at < to
      ? [{ at: leaf.at, reason: leaf.reason }]
      : [],
  );
  const cswAddressed = new Set(
    deliveries.filter((d) => d.recipientKind === 'csw').map((d) => d.messageId),
  );
  const childReferrals = messages.filter(
    (m) => CHILD_ROUTED.has(m.type) && subjectIsChild(m.envelope),
  );
  const byYear = (at: string, column: string) => ({ year: yearOf(at), column });
  const acknowledged = deliveries.flatMap((d) =>
    d.acknowledgedAt === null
      ? []
      : [
          {
            year: yearOf(d.acceptedAt),
            hours: (Date.parse(d.acknowledgedAt) - Date.parse(d.acceptedAt)) / 3_600_000,
          },
        ],
  );
  const refusals = [
    ...denied.map((d) => ({ at: d.at, code: d.reason })),
    ...deliveries.flatMap((d) =>
      d.rejectionCode === null ? [] : [{ at: d.acceptedAt, code: d.rejectionCode }],
    ),
  ];
  return {
    k,
    years,
    volumesByChannel: table(messages, (m) => byYear(m.acceptedAt, m.senderKind), years, k),
    volumesByType: table(messages, (m) => byYear(m.acceptedAt, m.type), years, k),
    volumesBySender: table(messages, (m) => byYear(m.acceptedAt, m.sender), years, k),
    refusalsByCode: table(refusals, (r) => byYear(r.at, r.code), years, k),
    consentWithdrawals: table(withdrawals, (at) => byYear(at, 'withdrawn'), years, k),
    childReferrals: table(
      childReferrals,
      (m) => byYear(m.acceptedAt, cswAddressed.has(m.id) ? 'csw-addressed' : 'csw-not-addressed'),
      years,
      k,
    ),
    // Hours from acceptance to the recipient's acknowledgement; withheld below k deliveries.
    deliveryHours: years.map((year) => {
      const hours = acknowledged.filter((a) => a.year === year).map((a) => a.hours);
      return {
        year,
        deliveries: hours.length >= k ? hours.length : (`<${k}` as const),
        medianHours: hours.length >= k ? (median(hours) ?? null) : null,
      };
    }),
  };
}
