import type { DisclosureRequest } from '../consent/consent-evaluation.js';
import type { DisclosureDecision } from '../consent/disclosure-decision.js';
import type { DisclosureRecord } from './disclosure-record.js';

/** What the gateway knows when it logs one decision: the message, the request, the answer. */
export interface DecisionFacts {
  readonly messageId: string;
  readonly messageType: string;
  readonly request: Pick<
    DisclosureRequest,
    'sender' | 'recipient' | 'subject' | 'purpose' | 'categories' | 'at'
  >;
  readonly decision: DisclosureDecision;
}

/**
 * Turns a consent evaluation into the pseudonymous record the transparency log keeps, so
 * the log, the subject access report and the evaluation cannot drift apart. A refusal keeps
 * its first reason: the one the gateway answers with.
 */
export function disclosureRecordOf(facts: DecisionFacts): DisclosureRecord {
  const { request, decision } = facts;
  const common = {
    messageId: facts.messageId,
    messageType: facts.messageType,
    subject: request.subject.pseudonym,
    sender: request.sender.id,
    recipient: request.recipient.id,
    at: request.at,
    purpose: request.purpose,
    categories: [...request.categories],
  };
  if (decision.allowed) {
    return { ...common, outcome: 'allowed', basis: { ...decision.basis } };
  }
  return { ...common, outcome: 'denied', reasonCode: decision.reasons[0]?.detail ?? 'no-consent' };
}
