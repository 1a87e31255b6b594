import { createDocument } from 'zod-openapi';
import {
  AckBody,
  AckResponse,
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

const errors = (...statuses: string[]) =>
  Object.fromEntries(
    statuses.map((status) => [
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
            ...errors('400', '401', '403', '409', '413', '422', '429'),
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
            ...errors('401', '403', '404', '422', '429'),
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
    },
  });
}
