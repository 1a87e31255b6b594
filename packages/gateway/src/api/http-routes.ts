import type { FastifyInstance } from 'fastify';
import { acknowledge } from '../delivery/inbox.js';
import { pollInbox } from '../delivery/long-poll.js';
import { messageStatus } from '../delivery/message-status.js';
import { rejectDelivery } from '../delivery/reject.js';
import { GatewayError } from '@nrm/client/errors';
import { keyState } from '../store/registry/agency-keys.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { submitMessage } from '../submit/submit.js';
import type { Authenticator } from './authenticate.js';
import {
  AckBody,
  AgencyIdParams,
  InboxQuery,
  MessageIdParams,
  RejectBody,
  SubmitBody,
} from './http-schemas.js';
import { fromBase64, validate } from './validate.js';

/** The plain HTTP + JSON routes of `http-contract.md`. */
export function registerHttpRoutes(
  app: FastifyInstance,
  ctx: GatewayContext,
  auth: Authenticator,
): void {
  app.post('/v1/messages', async (request, reply) => {
    const principal = await auth.agency(request.headers.authorization);
    const body = validate(SubmitBody, request.body, '');
    try {
      const answer = await submitMessage(ctx, principal, {
        envelope: fromBase64(body.envelope),
        envelopeSignature: body.envelopeSignature,
        payload: fromBase64(body.payload),
        consentScope: body.consentScope === undefined ? undefined : fromBase64(body.consentScope),
        consentScopeSignature: body.consentScopeSignature,
      });
      ctx.metrics.submissions.inc({ outcome: 'accepted' });
      return await reply.code(202).send(answer);
    } catch (error) {
      ctx.metrics.submissions.inc({
        outcome: error instanceof GatewayError ? error.code : 'INTERNAL',
      });
      throw error;
    }
  });

  app.get('/v1/inbox', async (request) => {
    const principal = await auth.agency(request.headers.authorization);
    const { limit, wait } = validate(InboxQuery, request.query, 'query');
    return { messages: await pollInbox(ctx, principal, limit, wait * 1000) };
  });

  app.post('/v1/messages/:id/ack', async (request) => {
    const principal = await auth.agency(request.headers.authorization);
    const { id } = validate(MessageIdParams, request.params, 'params');
    const body = validate(AckBody, request.body, '');
    return acknowledge(ctx, principal, id, fromBase64(body.receipt), body.receiptSignature);
  });

  app.post('/v1/messages/:id/reject', async (request) => {
    const principal = await auth.agency(request.headers.authorization);
    const { id } = validate(MessageIdParams, request.params, 'params');
    const { receipt, receiptSignature, ...body } = validate(RejectBody, request.body, '');
    if ((receipt === undefined) !== (receiptSignature === undefined)) {
      throw new GatewayError('SCHEMA_INVALID', {
        message: 'A signed rejection needs both receipt and receiptSignature.',
        path: receipt === undefined ? 'receipt' : 'receiptSignature',
      });
    }
    return rejectDelivery(ctx, principal, id, {
      ...body,
      ...(receipt === undefined || receiptSignature === undefined
        ? {}
        : { signed: { receipt: fromBase64(receipt), signature: receiptSignature } }),
    });
  });

  app.get('/v1/messages/:id/status', async (request) => {
    const principal = await auth.agency(request.headers.authorization);
    const { id } = validate(MessageIdParams, request.params, 'params');
    return messageStatus(ctx, principal, id);
  });

  app.get('/v1/keys/:agencyId', async (request) => {
    await auth.resolve(request.headers.authorization);
    const { agencyId } = validate(AgencyIdParams, request.params, 'params');
    const now = ctx.clock.now();
    if (agencyId === 'gateway') {
      return {
        agencyId,
        keys: [
          {
            fingerprint: ctx.gatewayKey.fingerprint,
            publicKey: ctx.gatewayKey.publicKey,
            validFrom: ctx.gatewayKey.validFrom,
            state: 'valid',
          },
        ],
      };
    }
    if ((await ctx.store.registry.findAgency(agencyId)) === undefined) {
      // The id comes from the URL, percent-decoded: not repeated in the answer.
      throw new GatewayError('NOT_FOUND', {
        message: 'No agency with this id.',
        path: 'params.agencyId',
      });
    }
    const keys = await ctx.store.registry.listKeys(agencyId);
    return {
      agencyId,
      keys: keys.map((key) => ({
        fingerprint: key.fingerprint,
        publicKey: key.armoredPublicKey,
        validFrom: key.validFrom,
        ...(key.validUntil === null ? {} : { validUntil: key.validUntil }),
        ...(key.revokedAt === null ? {} : { revokedAt: key.revokedAt }),
        state: keyState(key, now),
      })),
    };
  });
}
