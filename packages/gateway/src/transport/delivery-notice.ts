import { z } from 'zod';

/**
 * What the gateway announces when a delivery becomes available to a recipient: a wake-up, not
 * the message. The delivery row stays the source of truth, so a notice seen twice, late or
 * never only changes how soon the recipient is served, never what it is served.
 */
export interface DeliveryNotice {
  messageId: string;
  recipient: string;
  /** `accepted`: a submit stored the delivery; `redelivery`: an operator queued it again. */
  kind: 'accepted' | 'redelivery';
}

const NoticeRecord = z.strictObject({
  messageId: z.string().min(1).max(200),
  recipient: z.string().min(1).max(200),
  kind: z.enum(['accepted', 'redelivery']),
});

export function encodeNotice(notice: DeliveryNotice): string {
  return JSON.stringify({
    messageId: notice.messageId,
    recipient: notice.recipient,
    kind: notice.kind,
  });
}

/** A record read from the broker: anything that is not a notice is skipped (`undefined`). */
export function decodeNotice(value: Buffer | string | null): DeliveryNotice | undefined {
  if (value === null) {
    return undefined;
  }
  try {
    const parsed = NoticeRecord.safeParse(JSON.parse(value.toString()));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
