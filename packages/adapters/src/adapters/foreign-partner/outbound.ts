import type { ReceivedMessage } from '@nrm/client';
import type { MappingContext } from '../../sdk/adapter.js';

/** What the partner's staff read, in English, after `gpg --decrypt`: one message per file. */
export interface PartnerNotice {
  readonly messageId: string;
  readonly kind: string;
  readonly from: string;
  readonly person: string;
  readonly receivedAt: string;
  readonly inReplyTo?: string;
  /** The message content as the exchange's schema defines it (latest version). */
  readonly content: unknown;
}

const KINDS: Readonly<Record<string, string>> = {
  'nrm.service-update': 'service update',
  'nrm.info-request': 'request for information',
  'nrm.info-response': 'answer to a request for information',
  'nrm.identification-decision': 'identification decision',
  'nrm.return-request': 'return request',
  'nrm.risk-assessment': 'risk assessment',
  'nrm.case-closure': 'case closure',
  'nrm.consent-withdrawal': 'consent withdrawn',
};

export function partnerNoticeFromCanonical(
  message: ReceivedMessage,
  _context: MappingContext,
): PartnerNotice | null {
  const kind = KINDS[message.envelope.type];
  if (kind === undefined) {
    return null;
  }
  return {
    messageId: message.id,
    kind,
    from: message.envelope.from,
    person: message.envelope.subject,
    receivedAt: message.envelope.createdAt,
    ...(message.envelope.inReplyTo === undefined ? {} : { inReplyTo: message.envelope.inReplyTo }),
    content: message.payload,
  };
}

export function serializePartnerNotices(notices: readonly PartnerNotice[]): string {
  return `${JSON.stringify(notices.length === 1 ? notices[0] : notices, null, 2)}\n`;
}
