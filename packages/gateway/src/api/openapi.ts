import { DisclosureRecord } from '@nrm/domain';
import { z } from 'zod';
import { createDocument } from 'zod-openapi';
import { ConsistencyQuery, DisclosureQuery, SubjectAccessQuery } from '../dpo/dpo-http-routes.js';
import { PermittedCheck } from '../policy/permitted-categories.js';
import { ErasureInput } from '../retention/erase-subject.js';
import { CheckpointConsistencyQuery, NoteKeyResponse } from '../transparency/log-http-routes.js';
import {
  AckBody,
  AckResponse,
  RejectBody,
  RejectResponse,
  AgencyIdParams,
  ErrorResponse,
  InboxQuery,
  InboxResponse,
  KeysResponse,
  MessageIdParams,
  StatusResponse,
  SubmitBody,
  SubmitResponse,
} from './http-schemas.js';

/**
 * Answers any route can give besides its own: malformed request or URL (400), too many
 * requests or failed authentications (429, Retry-After), request line and headers over
 * 16 KiB (431, Connection: close). Routes with a body add 413 (over the body limit, stated in
 * the message; Connection: close) and 415 (not JSON). Always `{ error: { code, message, path? } }`.
 */
const EVERY_ROUTE = ['400', '429', '431'];
const WITH_BODY = ['413', '415'];

const errors = (...statuses: string[]) =>
  Object.fromEntries(
    [...new Set([...statuses, ...EVERY_ROUTE])].sort().map((status) => [
      status,
      {
        description: `Error (${status})`,
        content: { 'application/json': { schema: ErrorResponse } },
      },
    ]),
  );

/** OpenAPI 3.1 of the plain HTTP API, generated from the zod definitions the server validates with. */
export function buildOpenApiDocument(serverUrl?: string): ReturnType<typeof createDocument> {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'NRM exchange gateway',
      version: '1.0.0',
      description:
        'Encrypted, signed, consent-checked exchange of NRM messages between agencies. See http-contract.md.',
    },
    ...(serverUrl === undefined ? {} : { servers: [{ url: serverUrl }] }),
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths: {
      '/v1/messages': {
        post: {
          summary: 'Submit a signed envelope and its encrypted payload',
          requestBody: {
            content: {
              'application/json': { schema: SubmitBody },
              'multipart/form-data': { schema: SubmitBody },
            },
          },
          responses: {
            '202': {
              description: 'Accepted',
              content: { 'application/json': { schema: SubmitResponse } },
            },
            ...errors('401', '403', '409', '422', ...WITH_BODY),
          },
        },
      },
      '/v1/inbox': {
        get: {
          summary: 'Pull messages addressed to the caller',
          requestParams: { query: InboxQuery },
          responses: {
            '200': {
              description: 'Messages',
              content: { 'application/json': { schema: InboxResponse } },
            },
            ...errors('401', '403', '429'),
          },
        },
      },
      '/v1/messages/{id}/ack': {
        post: {
          summary: "Acknowledge a message with the recipient's signed receipt",
          requestParams: { path: MessageIdParams },
          requestBody: { content: { 'application/json': { schema: AckBody } } },
          responses: {
            '200': {
              description: 'Acknowledged',
              content: { 'application/json': { schema: AckResponse } },
            },
            ...errors('401', '403', '404', '422', ...WITH_BODY),
          },
        },
      },
      '/v1/messages/{id}/reject': {
        post: {
          summary: "Reject a received message that failed the recipient's checks",
          description:
            'Recipient only (receive scope). The delivery becomes rejected: the sender sees the code in the status, the inbox never serves it again, the transparency log records delivery-rejected. Repeating a rejection answers the first one.',
          requestParams: { path: MessageIdParams },
          requestBody: { content: { 'application/json': { schema: RejectBody } } },
          responses: {
            '200': {
              description: 'Rejected',
              content: { 'application/json': { schema: RejectResponse } },
            },
            ...errors('401', '403', '404', '409', '422', ...WITH_BODY),
          },
        },
      },
      '/v1/messages/{id}/status': {
        get: {
          summary: 'Delivery status per recipient',
          requestParams: { path: MessageIdParams },
          responses: {
            '200': {
              description: 'Status',
              content: { 'application/json': { schema: StatusResponse } },
            },
            ...errors('401', '404', '429'),
          },
        },
      },
      '/v1/keys/{agencyId}': {
        get: {
          summary: "An agency's public keys",
          requestParams: { path: AgencyIdParams },
          responses: {
            '200': {
              description: 'Keys',
              content: { 'application/json': { schema: KeysResponse } },
            },
            ...errors('401', '404', '429'),
          },
        },
      },
      ...issue5Paths(),
    },
  });
}

const Disclosures = z.object({
  disclosures: z.array(DisclosureRecord.and(z.object({ seq: z.int().min(0) }))),
});
const PermittedAnswerSchema = z.object({
  policy: z.object({ id: z.string(), version: z.int() }),
  recipients: z.array(
    z.object({
      agency: z.string(),
      permitted: z.array(z.string()),
      withheld: z.array(z.string()),
      refused: z.array(z.object({ detail: z.string(), message: z.string() })),
    }),
  ),
});
const TreeHead = z.object({
  treeSize: z.int(),
  rootHash: z.string(),
  timestamp: z.string(),
  signature: z.string(),
});
const json = (description: string, schema: z.ZodType) => ({
  description,
  content: { 'application/json': { schema } },
});

/** The dry-run check (agencies) and the DPO / auditor routes (admin tokens). */
function issue5Paths() {
  const list = (summary: string) => ({
    get: {
      summary,
      requestParams: { query: DisclosureQuery },
      responses: { '200': json('Disclosure records', Disclosures), ...errors('401', '403', '422') },
    },
  });
  return {
    '/v1/disclosures/check': {
      post: {
        summary: 'Dry run: which of the requested data categories may go to each recipient',
        requestBody: { content: { 'application/json': { schema: PermittedCheck } } },
        responses: {
          '200': json('Permitted categories per recipient', PermittedAnswerSchema),
          ...errors('401', '403', '404', '422', ...WITH_BODY),
        },
      },
    },
    '/v1/dpo/disclosures': list('Disclosure decisions by subject, agency, period, outcome'),
    '/v1/dpo/denied': list('Denied disclosure attempts'),
    '/v1/dpo/non-consent': list('Disclosures on a lawful basis other than consent'),
    '/v1/dpo/alerts': list('Disclosures that alert the DPO (vital interests)'),
    '/v1/dpo/policy': {
      get: {
        summary: 'The lawful-basis policy in force, with its version and digest',
        responses: { '200': json('Policy', z.object({})), ...errors('401', '403') },
      },
    },
    '/v1/dpo/subject-access/{subject}': {
      get: {
        summary:
          'Subject access report (JSON, printable HTML or text; en, sr-Latn or sr-Cyrl); header nrm-subject-known: false for a pseudonym never seen',
        requestParams: { path: z.object({ subject: z.string() }), query: SubjectAccessQuery },
        responses: {
          '200': { description: 'The report in the requested format' },
          ...errors('401', '403', '422'),
        },
      },
    },
    '/v1/dpo/erasures': {
      post: {
        summary: 'An erasure request (dpo role): `dryRun: true` previews, otherwise it executes',
        requestBody: { content: { 'application/json': { schema: ErasureInput } } },
        responses: {
          '200': { description: 'Dry run: what would be deleted, kept and logged' },
          '201': { description: 'What was deleted and kept, with reasons, and the log entry' },
          ...errors('401', '403', '404', '422'),
        },
      },
    },
    '/v1/dpo/retention/preview': {
      get: {
        summary: 'What a retention sweep now would delete, and what it keeps until when',
        responses: { '200': { description: 'Due and kept ciphertext' }, ...errors('401', '403') },
      },
    },
    '/v1/dpo/retention/sweep': {
      post: {
        summary: 'Run the retention sweep now (dpo role); logged as `retention-sweep`',
        responses: { '200': { description: 'The ids deleted' }, ...errors('401', '403', '422') },
      },
    },
    '/v1/log/tree-head': {
      get: {
        summary: 'A freshly signed tree head of the transparency log',
        responses: { '200': json('Signed tree head', TreeHead), ...errors('401', '403') },
      },
    },
    '/v1/log/inclusion': {
      get: {
        summary: 'RFC 9162 inclusion proof: ?seq=&treeSize= or ?messageId=',
        responses: { '200': { description: 'Inclusion proof(s)' }, ...errors('401', '403', '404') },
      },
    },
    '/v1/log/consistency': {
      get: {
        summary: 'RFC 9162 consistency proof between two tree sizes',
        requestParams: { query: ConsistencyQuery },
        responses: { '200': { description: 'Consistency proof' }, ...errors('400', '401', '403') },
      },
    },
    '/v1/log/checkpoint': {
      get: {
        summary: 'The newest checkpoint: a C2SP tlog-checkpoint signed note (Ed25519), text/plain',
        security: [],
        responses: { '200': { description: 'text/plain signed note' }, ...errors('503') },
      },
    },
    '/v1/log/note-key': {
      get: {
        summary: "The log's origin and signed-note verifier key (name+hash+base64key)",
        security: [],
        responses: {
          '200': {
            description: 'Note key',
            content: { 'application/json': { schema: NoteKeyResponse } },
          },
        },
      },
    },
    '/v1/log/checkpoint/consistency': {
      get: {
        summary: 'RFC 9162 consistency proof between two checkpoints, for witnesses',
        security: [],
        requestParams: { query: CheckpointConsistencyQuery },
        responses: { '200': { description: 'Consistency proof' }, ...errors('400') },
      },
    },
    '/v1/log/export': {
      get: {
        summary: 'The transparency log export (JSON lines) for `nrm log verify`',
        responses: { '200': { description: 'application/x-ndjson' }, ...errors('401', '403') },
      },
    },
  };
}
