import { createHash } from 'node:crypto';

/**
 * A UUID (version 8, RFC 9562 §5.8) derived from a name: the consent a call record gives
 * gets the same id on every replay, so the referral that cites it stays the same message.
 */
export function derivedUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
