import { XMLBuilder } from 'fast-xml-parser';
import type { ReceivedMessage } from '@nrm/client';
import type { MappingContext } from '../../sdk/adapter.js';
import { toSerbianDate } from '../shared/dates.js';

/** A notice the CSW case system imports (`<obavestenje>`): what arrived, for which case. */
export interface CswNotice {
  readonly '@_id': string;
  readonly '@_vrsta': string;
  readonly '@_posiljalac': string;
  readonly '@_lice': string;
  readonly '@_predmet': string;
  readonly '@_datum': string;
  readonly sadrzaj: string;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
});

/** What the centre's caseworker must act on: a child referred to it, a decision, a question. */
function summary(message: ReceivedMessage): { kind: string; text: string } | null {
  switch (message.envelope.type) {
    case 'nrm.referral': {
      const referral = message.payload as { exploitation: { forms: string[] }; area: string };
      return {
        kind: 'upućivanje deteta',
        text: `Oblici eksploatacije: ${referral.exploitation.forms.join(', ')}; opština ${referral.area}.`,
      };
    }
    case 'nrm.identification-decision': {
      const decision = message.payload as { outcome: string };
      return {
        kind: 'odluka o identifikaciji',
        text:
          decision.outcome === 'granted' ? 'Status žrtve utvrđen.' : 'Status žrtve nije utvrđen.',
      };
    }
    case 'nrm.info-request': {
      const request = message.payload as { questions: string[] };
      return { kind: 'zahtev za informacije', text: request.questions.join(' | ') };
    }
    default:
      return null;
  }
}

export function cswNoticeFromCanonical(
  message: ReceivedMessage,
  _context: MappingContext,
): CswNotice | null {
  const found = summary(message);
  if (found === null) {
    return null;
  }
  return {
    '@_id': message.id,
    '@_vrsta': found.kind,
    '@_posiljalac': message.envelope.from,
    '@_lice': message.envelope.subject,
    '@_predmet': message.envelope.case ?? '',
    '@_datum': toSerbianDate(message.envelope.createdAt),
    sadrzaj: found.text,
  };
}

export function serializeCswNotices(notices: readonly CswNotice[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${String(builder.build({ obavestenja: { obavestenje: notices } }))}`;
}
