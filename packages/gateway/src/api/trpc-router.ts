import { Agency, PROCEDURE_PHASES, ReportLanguage } from '@nrm/domain';
import { initTRPC, TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { z } from 'zod';
import {
  dpoAlerts,
  DisclosureFilter,
  findDisclosures,
  nonConsentDisclosures,
  renderReport,
  REPORT_FORMATS,
  subjectAccessReport,
} from '../dpo/dpo-queries.js';
import { registerKeyLogged, revokeKeyLogged, rotateKeyLogged } from '../dpo/key-events.js';
import { DELIVERY_STATUSES } from '../delivery/delivery-status.js';
import { messageStatus } from '../delivery/message-status.js';
import { redeliver } from '../delivery/webhook-worker.js';
import { GatewayError, toGatewayError } from '@nrm/client/errors';
import { gatewayErrorOfTrpc } from './trpc-errors.js';
import type { AdminRole } from '../store/registry/admin-users.js';
import { keyState } from '../store/registry/agency-keys.js';
import { CredentialScope } from '../store/registry/credentials.js';
import { policyInForce } from '../policy/policy-in-force.js';
import { isKnownSubject, subjectPseudonym } from '../dpo/known-subject.js';
import { ErasureInput, eraseSubject } from '../retention/erase-subject.js';
import { previewRetention, runRetentionSweepNow } from '../retention/retention-sweep.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { envelopeFigures } from '../operations/envelope-figures.js';
import { logVerification } from '../operations/log-verification.js';
import { traceMessage } from '../operations/message-trace.js';
import { queueDepths, throughput } from '../operations/queue-figures.js';
import { casesInPhase, latestFigures, procedureMap } from '../statistics/published-figures.js';
import { publishStatistics } from '../statistics/publish-statistics.js';
import { ConsentScope } from '../consent-check/consent-scope.js';
import type { Principal } from './authenticate.js';

/** Per-request tRPC context: the gateway and a lazily resolved caller. */
export interface TrpcContext {
  gateway: GatewayContext;
  /** The client address, for the failed-authentication limit. */
  address: string;
  principal: () => Promise<Principal>;
}

const TRPC_CODE_BY_STATUS: Record<number, TRPC_ERROR_CODE_KEY> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'UNPROCESSABLE_CONTENT',
  429: 'TOO_MANY_REQUESTS',
};

const t = initTRPC.context<TrpcContext>().create({
  // The gateway's stable code and path travel in `data`, never a stack.
  errorFormatter({ shape, error }) {
    const gatewayError = gatewayErrorOfTrpc(error);
    const { stack: _stack, ...data } = shape.data;
    return {
      ...shape,
      message: gatewayError.message,
      data: {
        ...data,
        httpStatus: gatewayError.status,
        gatewayCode: gatewayError.code,
        ...(gatewayError.path === undefined ? {} : { path: gatewayError.path }),
        ...(gatewayError.refused === undefined ? {} : { refused: gatewayError.refused }),
      },
    };
  },
});

/** Run a procedure body; GatewayErrors become TRPCErrors with the gateway error as cause. */
async function guarded<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    const gatewayError = toGatewayError(error);
    throw new TRPCError({
      code: TRPC_CODE_BY_STATUS[gatewayError.status] ?? 'INTERNAL_SERVER_ERROR',
      message: gatewayError.message,
      cause: gatewayError,
    });
  }
}

function adminProcedure(roles: readonly AdminRole[]) {
  return t.procedure.use(async ({ ctx, next }) => {
    const principal = await guarded(ctx.principal);
    if (principal.kind !== 'admin' || !roles.includes(principal.role)) {
      const cause = new GatewayError('FORBIDDEN', {
        message: `Requires one of the roles: ${roles.join(', ')}.`,
      });
      throw new TRPCError({ code: 'FORBIDDEN', message: cause.message, cause });
    }
    return next({ ctx: { ...ctx, admin: principal } });
  });
}

/** An agency caller (figures are published by the agency itself, not by an admin). */
const agencyProcedure = t.procedure.use(async ({ ctx, next }) => {
  const principal = await guarded(ctx.principal);
  if (principal.kind !== 'agency') {
    const cause = new GatewayError('FORBIDDEN', { message: 'Requires an agency credential.' });
    throw new TRPCError({ code: 'FORBIDDEN', message: cause.message, cause });
  }
  return next({ ctx: { ...ctx, agency: principal } });
});

const anyAdmin = adminProcedure(['dpo', 'operator', 'auditor']);
const operator = adminProcedure(['operator']);
const oversight = adminProcedure(['dpo', 'auditor']);
const dpoOnly = adminProcedure(['dpo']);
const LogSize = z.number().int().min(0);
const Year = z.number().int().min(2000).max(2100);
/** Small-cell threshold of the figures the gateway counts itself (as the published ones). */
const ENVELOPE_FIGURES_K = 5;

/**
 * The admin router (DPO, operator, auditor). Role matrix: everyone reads the registry and
 * message status; only operators change the registry or redeliver; DPO and auditor read consents.
 */
export const gatewayRouter = t.router({
  whoami: t.procedure.query(({ ctx }) => guarded(ctx.principal)),
  agencies: t.router({
    list: anyAdmin.query(({ ctx }) => guarded(() => ctx.gateway.store.registry.listAgencies())),
    register: operator
      .input(z.object({ agency: Agency, webhookUrl: z.url().nullable().default(null) }))
      .mutation(({ ctx, input }) =>
        guarded(() =>
          ctx.gateway.store.registry.upsertAgency(
            input.agency,
            input.webhookUrl,
            ctx.gateway.clock.now(),
          ),
        ),
      ),
  }),
  keys: t.router({
    list: anyAdmin.input(z.object({ agencyId: z.string() })).query(({ ctx, input }) =>
      guarded(async () => {
        const now = ctx.gateway.clock.now();
        return (await ctx.gateway.store.registry.listKeys(input.agencyId)).map((key) => ({
          ...key,
          state: keyState(key, now),
        }));
      }),
    ),
    register: operator
      .input(z.object({ agencyId: z.string(), publicKey: z.string().max(64 * 1024) }))
      .mutation(({ ctx, input }) =>
        guarded(() => registerKeyLogged(ctx.gateway, input.agencyId, input.publicKey)),
      ),
    rotate: operator
      .input(
        z.object({
          agencyId: z.string(),
          publicKey: z.string().max(64 * 1024),
          /** How long the previous keys stay valid, so messages signed just before still verify. */
          overlapSeconds: z
            .number()
            .int()
            .min(0)
            .max(90 * 24 * 3600)
            .default(7 * 24 * 3600),
        }),
      )
      .mutation(({ ctx, input }) =>
        guarded(() =>
          rotateKeyLogged(
            ctx.gateway,
            input.agencyId,
            input.publicKey,
            input.overlapSeconds * 1000,
          ),
        ),
      ),
    revoke: operator
      .input(z.object({ fingerprint: z.string() }))
      .mutation(({ ctx, input }) => guarded(() => revokeKeyLogged(ctx.gateway, input.fingerprint))),
  }),
  credentials: t.router({
    issue: operator
      .input(z.object({ agencyId: z.string(), scopes: z.array(CredentialScope).min(1) }))
      .mutation(({ ctx, input }) =>
        guarded(() =>
          ctx.gateway.store.registry.issueCredential(
            input.agencyId,
            input.scopes,
            ctx.gateway.clock.now(),
          ),
        ),
      ),
  }),
  deliveries: t.router({
    list: anyAdmin
      .input(
        z.object({
          status: z.enum(DELIVERY_STATUSES).optional(),
          limit: z.number().int().min(1).max(500).default(100),
        }),
      )
      .query(({ ctx, input }) =>
        guarded(async () => {
          const rows = await ctx.gateway.store.deliveries.list(input.status, input.limit);
          return rows.map((r) => ({ ...r, basis: JSON.parse(r.basis) as unknown }));
        }),
      ),
    redeliver: operator
      .input(z.object({ messageId: z.string(), recipient: z.string() }))
      .mutation(({ ctx, input }) =>
        guarded(() => redeliver(ctx.gateway, input.messageId, input.recipient)),
      ),
  }),
  messages: t.router({
    status: anyAdmin
      .input(z.object({ id: z.string() }))
      .query(({ ctx, input }) => guarded(() => messageStatus(ctx.gateway, 'admin', input.id))),
  }),
  // The operator's view of the pipes: queues, throughput, one message's trace, dead letters.
  operations: t.router({
    queues: operator.query(({ ctx }) => guarded(() => queueDepths(ctx.gateway))),
    throughput: operator
      .input(z.object({ hours: z.number().int().min(1).max(168).default(24) }))
      .query(({ ctx, input }) => guarded(() => throughput(ctx.gateway, input.hours))),
    trace: operator
      .input(z.object({ id: z.uuid() }))
      .query(({ ctx, input }) => guarded(() => traceMessage(ctx.gateway, input.id))),
    deadLetters: operator
      .input(z.object({ limit: z.number().int().min(1).max(500).default(100) }))
      .query(({ ctx, input }) =>
        guarded(() => ctx.gateway.store.operations.deadLetters(input.limit)),
      ),
  }),
  // Accountability figures: counted from envelopes here, or published signed by the authority.
  accountability: t.router({
    envelopeFigures: oversight
      .input(
        z.object({ fromYear: Year, toYear: Year }).refine((p) => p.fromYear <= p.toYear, {
          message: 'fromYear must not be after toYear',
          path: ['toYear'],
        }),
      )
      .query(({ ctx, input }) =>
        guarded(() => envelopeFigures(ctx.gateway, input, ENVELOPE_FIGURES_K)),
      ),
    published: oversight.query(({ ctx }) => guarded(() => latestFigures(ctx.gateway))),
    procedureMap: anyAdmin.query(({ ctx }) => guarded(() => procedureMap(ctx.gateway))),
    cases: oversight
      .input(z.object({ phase: z.enum(PROCEDURE_PHASES) }))
      .query(({ ctx, input }) => guarded(() => casesInPhase(ctx.gateway, input.phase))),
    publish: agencyProcedure
      .input(
        z.object({
          document: z
            .string()
            .min(2)
            .max(512 * 1024),
          signature: z
            .string()
            .min(1)
            .max(16 * 1024),
        }),
      )
      .mutation(({ ctx, input }) =>
        guarded(() => publishStatistics(ctx.gateway, ctx.agency.agencyId, input)),
      ),
  }),
  consents: t.router({
    byAgency: oversight.input(z.object({ agencyId: z.string().max(100) })).query(({ ctx, input }) =>
      guarded(async () =>
        (await ctx.gateway.store.operations.consentsOfController(input.agencyId)).map((r) => ({
          id: r.id,
          subject: r.subject,
          scope: ConsentScope.parse(JSON.parse(r.scope)),
          validFrom: r.valid_from,
          validUntil: r.valid_until,
          withdrawnAt: r.withdrawn_at,
        })),
      ),
    ),
    bySubject: oversight.input(z.object({ subject: z.string() })).query(({ ctx, input }) =>
      guarded(async () => {
        return ctx.gateway.store.consents.listOfSubject(input.subject);
      }),
    ),
  }),
  // The data protection officer's tools; the same data as the /v1/dpo HTTP routes.
  dpo: t.router({
    disclosures: oversight
      .input(DisclosureFilter)
      .query(({ ctx, input }) => guarded(() => findDisclosures(ctx.gateway, input))),
    denied: oversight
      .input(DisclosureFilter)
      .query(({ ctx, input }) =>
        guarded(() => findDisclosures(ctx.gateway, { ...input, outcome: 'denied' })),
      ),
    nonConsent: oversight
      .input(DisclosureFilter)
      .query(({ ctx, input }) => guarded(() => nonConsentDisclosures(ctx.gateway, input))),
    alerts: oversight
      .input(DisclosureFilter)
      .query(({ ctx, input }) => guarded(() => dpoAlerts(ctx.gateway, input))),
    policy: oversight.query(({ ctx }) => policyInForce(ctx.gateway.policy)),
    subjectAccess: oversight
      .input(
        z.object({
          subject: z.string().min(1).max(100),
          language: ReportLanguage.default('en'),
          format: z.enum(REPORT_FORMATS).default('json'),
        }),
      )
      .query(({ ctx, input }) =>
        guarded(async () => {
          const subject = subjectPseudonym(input.subject, 'subject');
          return {
            ...renderReport(
              await subjectAccessReport(ctx.gateway, subject, input.language),
              input.format,
            ),
            // For the DPO: false means nothing was ever held about this pseudonym.
            subjectKnown: await isKnownSubject(ctx.gateway, subject),
          };
        }),
      ),
    erase: dpoOnly
      .input(ErasureInput)
      .mutation(({ ctx, input }) => guarded(() => eraseSubject(ctx.gateway, input))),
    retentionPreview: oversight.query(({ ctx }) =>
      guarded(() =>
        previewRetention(ctx.gateway.store, ctx.gateway.retention, ctx.gateway.clock.now()),
      ),
    ),
    retentionSweep: dpoOnly.mutation(({ ctx }) => guarded(() => runRetentionSweepNow(ctx.gateway))),
  }),
  // The transparency log: signed heads, RFC 9162 proofs, the export for offline verification.
  log: t.router({
    treeHead: oversight.query(({ ctx }) => guarded(() => ctx.gateway.log.signedTreeHead())),
    inclusion: oversight
      .input(z.object({ seq: LogSize, treeSize: LogSize.optional() }))
      .query(({ ctx, input }) =>
        guarded(() => ctx.gateway.log.inclusionProof(input.seq, input.treeSize)),
      ),
    inclusionOfMessage: oversight
      .input(z.object({ messageId: z.uuid() }))
      .query(({ ctx, input }) =>
        guarded(() => ctx.gateway.log.inclusionProofsOfMessage(input.messageId)),
      ),
    consistency: oversight
      .input(z.object({ oldSize: LogSize, newSize: LogSize.optional() }))
      .query(({ ctx, input }) =>
        guarded(() => ctx.gateway.log.consistencyProof(input.oldSize, input.newSize)),
      ),
    export: oversight.query(({ ctx }) => guarded(() => ctx.gateway.log.export())),
    verification: oversight
      .input(z.object({ since: LogSize.optional() }))
      .query(({ ctx, input }) => guarded(() => logVerification(ctx.gateway, input.since))),
  }),
});

/** The router type for TypeScript clients (admin app, SDK). */
export type GatewayRouter = typeof gatewayRouter;
