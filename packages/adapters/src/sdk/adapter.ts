import type { SendRequest, ReceivedMessage } from '@nrm/client';

/**
 * An adapter connects one agency's own case system to the exchange. It is two typed mappings
 * and nothing else: the runner (sources, sinks, sealing, retries, idempotency) is shared, so an
 * agency's IT team writes only what is specific to its format.
 */
export interface Adapter<Inbound = unknown, Outbound = unknown> {
  /** Stable name, used by the CLI (`nrm-adapter check <name>`) and in progress output. */
  readonly name: string;
  /** One line for people: which agency and which format. */
  readonly description: string;
  /** Native records → canonical messages (what the agency sends). */
  readonly inbound?: InboundMapping<Inbound>;
  /** Canonical messages → native records (what the agency receives). */
  readonly outbound?: OutboundMapping<Outbound>;
  /**
   * The data categories the inbound mapping sends, per message type: the adapter's statement
   * for the data protection officer. The conformance kit checks it equals the categories
   * the produced payloads actually carry (the schemas' field annotations).
   */
  readonly dataCategories?: Readonly<Record<string, readonly string[]>>;
  /**
   * The outbound mapping writes the same native format the inbound mapping reads (one record
   * shape both ways, like the CPTV's JSON API): the kit then checks native → canonical →
   * native → canonical. Adapters whose answers are another format (police referrals out,
   * decisions in) leave it unset.
   */
  readonly symmetric?: boolean;
}

/** What a message becomes on the wire: the SDK's send request without transport options. */
export type CanonicalMessage = Omit<SendRequest, 'minimise' | 'expiresInDays'>;

/** One native record read from an export, with the id the agency's system gives it. */
export type ParsedRecord<Native> =
  | { readonly nativeId: string; readonly record: Native }
  | { readonly nativeId: string; readonly error: AdapterIssue };

/** Why one native record could not be read or mapped; the runner writes it to the reject file. */
export interface AdapterIssue {
  /** Stable code, e.g. `NATIVE_FIELD_INVALID`, `NATIVE_RECORD_UNREADABLE`. */
  readonly code: string;
  readonly message: string;
  /** Where in the native record, e.g. `row 12, column datum_rodjenja` or `/case/child/dob`. */
  readonly path: string;
}

/** Facts a mapping needs that are not in the record: who the agency is, and its directory. */
export interface MappingContext {
  /** The sending agency's id in the gateway registry. */
  readonly agencyId: string;
  /** Agency ids by role, e.g. `{ cptv: 'rs-cptv', csw: 'rs-csw-beograd' }`, from configuration. */
  readonly directory: Readonly<Record<string, string>>;
  /**
   * A secret mixed into pseudonyms derived from the agency's own ids, so that nobody without
   * it can recompute a person's pseudonym from a police or case number.
   */
  readonly pseudonymSecret?: string;
}

export interface InboundMapping<Native> {
  /** Split one export (file, HTTP body) into native records; never throws for bad input. */
  parse(input: string | Uint8Array): ParsedRecord<Native>[];
  /** Map one record; an `AdapterIssue` instead of messages when the record cannot be mapped. */
  toCanonical(record: Native, context: MappingContext): CanonicalMessage[] | AdapterIssue;
}

export interface OutboundMapping<Native> {
  /** Map a received message; `null` when this agency's system has no record for its type. */
  fromCanonical(message: ReceivedMessage, context: MappingContext): Native | null;
  /** Write native records in the agency's format (file contents or HTTP body). */
  serialize(records: readonly Native[]): string | Uint8Array;
}

/**
 * The examples an adapter ships for the conformance kit (`src/adapters/<name>/conformance.ts`
 * exports one): real-looking native exports that must map, broken ones that must be refused
 * record by record, and canonical messages its outbound mapping must write.
 */
export interface AdapterFixtures {
  readonly context: MappingContext;
  /** Native exports whose every record maps to schema-valid canonical messages. */
  readonly inboundValid?: readonly (string | Uint8Array)[];
  /** Native exports with at least one bad record each: per-record issues, never a throw. */
  readonly inboundInvalid?: readonly (string | Uint8Array)[];
  /** Messages this agency receives; the outbound mapping must write a native record for each. */
  readonly outboundMessages?: readonly CanonicalMessage[];
  /** Who sends the outbound messages (an agency id); the kit's envelopes name it. */
  readonly outboundFrom?: string;
}
