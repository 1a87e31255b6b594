import type { ReceivedMessage } from '@nrm/client';
import type { MappingContext } from '../../sdk/adapter.js';

/** A task in the hotline's case-management list: what arrived and what the counsellor does. */
export interface HotlineTask {
  readonly id: string;
  readonly vrsta: string;
  readonly posiljalac: string;
  readonly lice: string;
  readonly primljeno: string;
  readonly opis: string;
}

/** Messages the hotline acts on: a service to deliver, a question, a consultation, a decision. */
export function taskFromCanonical(
  message: ReceivedMessage,
  _context: MappingContext,
): HotlineTask | null {
  const base = {
    id: message.id,
    posiljalac: message.envelope.from,
    lice: message.envelope.subject,
    primljeno: message.envelope.createdAt,
  };
  switch (message.envelope.type) {
    case 'nrm.service-referral': {
      const request = message.payload as { service: string };
      return { ...base, vrsta: 'upućivanje na uslugu', opis: `Usluga: ${request.service}` };
    }
    case 'nrm.info-request': {
      const request = message.payload as { questions: string[] };
      return { ...base, vrsta: 'zahtev za informacije', opis: request.questions.join(' | ') };
    }
    case 'nrm.consultation-request': {
      const request = message.payload as { summary: string };
      return { ...base, vrsta: 'zahtev za mišljenje', opis: request.summary };
    }
    case 'nrm.identification-decision': {
      const decision = message.payload as { outcome: string };
      return {
        ...base,
        vrsta: 'odluka o identifikaciji',
        opis:
          decision.outcome === 'granted' ? 'Status žrtve utvrđen.' : 'Status žrtve nije utvrđen.',
      };
    }
    default:
      return null;
  }
}

export function serializeTasks(tasks: readonly HotlineTask[]): string {
  return `${JSON.stringify({ zadaci: tasks }, null, 2)}\n`;
}
