import type { ReceivedMessage } from '@nrm/client';
import type { CanonicalMessage, MappingContext } from '../../sdk/adapter.js';
import type { CptvRecord } from './native.js';
import { KIND_OF_TYPE, RECORD_KINDS } from './record-kinds.js';

/** A CPTV record → the message it is (its kind names the type). */
export function cptvToCanonical(record: CptvRecord, _context: MappingContext): CanonicalMessage[] {
  const type = RECORD_KINDS[record.vrsta]!;
  return [
    {
      type,
      version: record.verzija,
      payload: record.sadrzaj,
      to: record.primaoci,
      subject: record.lice,
      ...(record.predmet === undefined ? {} : { case: record.predmet }),
      purpose: record.svrha,
      legalBasis: record.pravniOsnov,
      consentRefs: record.saglasnosti,
      ...(record.obrazlozenje === undefined ? {} : { justification: record.obrazlozenje }),
      subjectIsChild: record.dete,
      ...(record.opstina === undefined ? {} : { area: record.opstina }),
      ...(record.odgovorNa === undefined ? {} : { inReplyTo: record.odgovorNa }),
      // The gateway enforces a consent's scope from the signed copy sent beside it.
      ...(type === 'nrm.consent-record' ? { consentScope: record.sadrzaj } : {}),
    },
  ];
}

/** A received message → the CPTV record the system imports (id = the message id). */
export function cptvFromCanonical(
  message: ReceivedMessage,
  _context: MappingContext,
): CptvRecord | null {
  const { envelope } = message;
  const kind = KIND_OF_TYPE[envelope.type];
  if (kind === undefined) {
    return null;
  }
  return {
    id: message.id,
    vrsta: kind,
    verzija: message.payloadVersion,
    posiljalac: envelope.from,
    primaoci: envelope.to,
    lice: envelope.subject,
    ...(envelope.case === undefined ? {} : { predmet: envelope.case }),
    dete: envelope.subjectIsChild,
    svrha: envelope.purpose,
    pravniOsnov: envelope.legalBasis,
    saglasnosti: envelope.consentRefs,
    ...(envelope.justification === undefined ? {} : { obrazlozenje: envelope.justification }),
    ...(envelope.area === undefined ? {} : { opstina: envelope.area }),
    ...(envelope.inReplyTo === undefined ? {} : { odgovorNa: envelope.inReplyTo }),
    sadrzaj: message.payload,
  };
}

/** The JSON body the CPTV system's API takes and gives. */
export function serializeCptvRecords(records: readonly CptvRecord[]): string {
  return `${JSON.stringify({ zapisi: records }, null, 2)}\n`;
}
