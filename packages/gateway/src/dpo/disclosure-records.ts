import { DisclosureRecord, type RecordedBasis } from '@nrm/domain';
import type { LogLeaf } from '@nrm/client/transparency';

/** A disclosure record with the log position of the decision, for an inclusion proof. */
export type LoggedDisclosure = DisclosureRecord & { seq: number };

/** When an allowed disclosure reached its recipient, from the delivery row (if still there). */
export interface DeliveryTimes {
  deliveredAt: string | null;
  acknowledgedAt: string | null;
}

const key = (messageId: string, recipient: string): string => `${messageId} ${recipient}`;

/**
 * Read the disclosure decisions back from the transparency log as the domain's
 * `DisclosureRecord`s: allowed and denied decisions, and allowed ones turned `withheld` by a
 * later `delivery-withheld` entry. The policy id of a rule-based decision is the one the
 * last `policy-changed` entry before it put in force.
 */
export function disclosureRecordsOf(
  leaves: readonly LogLeaf[],
  deliveries: ReadonlyMap<string, DeliveryTimes> = new Map(),
): LoggedDisclosure[] {
  const records: LoggedDisclosure[] = [];
  const allowed = new Map<string, number>();
  let policyId = 'unknown';
  for (const leaf of leaves) {
    switch (leaf.kind) {
      case 'policy-changed':
        policyId = leaf.policy;
        break;
      case 'disclosure-allowed': {
        const basis: RecordedBasis =
          leaf.consentId !== undefined
            ? { kind: 'consent', lawfulBasis: 'consent', consentId: leaf.consentId as never }
            : {
                kind: 'policy',
                lawfulBasis: leaf.basis as Exclude<typeof leaf.basis, 'consent'>,
                policyId,
                policyVersion: leaf.policyVersion,
                ruleId: leaf.rule ?? 'unknown',
              };
        const times = deliveries.get(key(leaf.messageId, leaf.to));
        allowed.set(key(leaf.messageId, leaf.to), records.length);
        records.push({
          ...common(leaf),
          outcome: 'allowed',
          basis,
          ...(times?.deliveredAt == null ? {} : { deliveredAt: times.deliveredAt }),
          ...(times?.acknowledgedAt == null ? {} : { acknowledgedAt: times.acknowledgedAt }),
        });
        break;
      }
      case 'disclosure-denied':
        records.push({
          ...common(leaf),
          outcome: 'denied',
          reasonCode: leaf.reason as DisclosureRecord['reasonCode'],
          // A route refusal names the routing rule: the report says what was wrong.
          ...(leaf.reason === 'route-forbidden' && leaf.rule !== undefined
            ? { reasonDetail: leaf.rule }
            : {}),
        });
        break;
      case 'delivery-withheld': {
        const index = allowed.get(key(leaf.messageId, leaf.to));
        const earlier = index === undefined ? undefined : records[index];
        if (index !== undefined && earlier !== undefined) {
          const { deliveredAt: _d, acknowledgedAt: _a, ...rest } = earlier;
          records[index] = {
            ...rest,
            outcome: 'withheld',
            reasonCode: leaf.reason as DisclosureRecord['reasonCode'],
          };
        }
        break;
      }
      default:
        break;
    }
  }
  return records.map((r) => ({ ...DisclosureRecord.parse(r), seq: r.seq }));
}

function common(
  leaf: Extract<LogLeaf, { kind: 'disclosure-allowed' | 'disclosure-denied' }>,
): Omit<LoggedDisclosure, 'outcome'> {
  return {
    seq: leaf.seq,
    messageId: leaf.messageId,
    messageType: leaf.messageType ?? 'nrm.unknown',
    subject: leaf.subject,
    sender: leaf.from,
    recipient: leaf.to,
    at: leaf.at,
    purpose: leaf.purpose,
    categories: [...leaf.categories],
  };
}
