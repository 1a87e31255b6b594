import { ReportLanguage } from '@nrm/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Authenticator } from '../api/authenticate.js';
import { validate } from '../api/validate.js';
import { GatewayError } from '@nrm/client/errors';
import { policyInForce } from '../policy/policy-in-force.js';
import { checkPermittedCategories, PermittedCheck } from '../policy/permitted-categories.js';
import type { AdminPrincipal, AdminRole } from '../store/registry/admin-users.js';
import { eraseSubject, ErasureInput } from '../retention/erase-subject.js';
import { previewRetention, runRetentionSweepNow } from '../retention/retention-sweep.js';
import type { GatewayContext } from '../context/gateway-context.js';
import {
  dpoAlerts,
  DisclosureFilter,
  findDisclosures,
  nonConsentDisclosures,
  renderReport,
  REPORT_FORMATS,
  subjectAccessReport,
} from './dpo-queries.js';
import { isKnownSubject, subjectPseudonym } from './known-subject.js';

/** Query-string form of {@link DisclosureFilter} (numbers arrive as text). */
export const DisclosureQuery = DisclosureFilter.extend({
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
});

export const SubjectAccessQuery = z.strictObject({
  lang: ReportLanguage.default('en'),
  format: z.enum(REPORT_FORMATS).default('json'),
});

const SubjectParams = z.strictObject({ subject: z.string().min(1).max(100) });

/** `true` or `false`: whether the gateway has ever held anything about the subject. */
export const SUBJECT_KNOWN_HEADER = 'nrm-subject-known';

/** The DPO's "run now" of the retention sweep: no parameters; the body, if any, is `{}`. */
export const RetentionSweepInput = z.strictObject({});

const TreeSize = z.coerce.number().int().min(0);
export const InclusionQuery = z.union([
  z.strictObject({ seq: TreeSize, treeSize: TreeSize.optional() }),
  z.strictObject({ messageId: z.uuid() }),
]);
export const ConsistencyQuery = z.strictObject({
  oldSize: TreeSize,
  newSize: TreeSize.optional(),
});

/** An admin caller with one of `roles`, or UNAUTHENTICATED / FORBIDDEN. */
export async function requireRole(
  auth: Authenticator,
  header: string | undefined,
  roles: readonly AdminRole[],
): Promise<AdminPrincipal> {
  const principal = await auth.resolve(header);
  if (principal.kind !== 'admin' || !roles.includes(principal.role)) {
    throw new GatewayError('FORBIDDEN', {
      message: `Requires one of the roles: ${roles.join(', ')}.`,
    });
  }
  return principal;
}

const OVERSIGHT: readonly AdminRole[] = ['dpo', 'auditor'];

/**
 * The data protection officer's and auditor's HTTP routes (`/v1/dpo/…`, `/v1/log/…`) and
 * the agencies' dry-run consent check (`/v1/disclosures/check`). Same data as the tRPC
 * `dpo` and `log` routers.
 */
export function registerDpoRoutes(
  app: FastifyInstance,
  ctx: GatewayContext,
  auth: Authenticator,
): void {
  app.get('/v1/dpo/disclosures', async (request) => {
    await requireRole(auth, request.headers.authorization, OVERSIGHT);
    const filter = validate(DisclosureQuery, request.query, 'query');
    return { disclosures: await findDisclosures(ctx, filter) };
  });
  app.get('/v1/dpo/denied', async (request) => {
    await requireRole(auth, request.headers.authorization, OVERSIGHT);
    const filter = validate(DisclosureQuery, request.query, 'query');
    return { disclosures: await findDisclosures(ctx, { ...filter, outcome: 'denied' }) };
  });
  app.get('/v1/dpo/non-consent', async (request) => {
    await requireRole(auth, request.headers.authorization, OVERSIGHT);
    const filter = validate(DisclosureQuery, request.query, 'query');
    return { disclosures: await nonConsentDisclosures(ctx, filter) };
  });
  app.get('/v1/dpo/alerts', async (request) => {
    await requireRole(auth, request.headers.authorization, OVERSIGHT);
    const filter = validate(DisclosureQuery, request.query, 'query');
    return { alerts: await dpoAlerts(ctx, filter) };
  });
  app.get('/v1/dpo/policy', async (request) => {
    await requireRole(auth, request.headers.authorization, OVERSIGHT);
    return policyInForce(ctx.policy);
  });
  app.get('/v1/dpo/subject-access/:subject', async (request, reply) => {
    await requireRole(auth, request.headers.authorization, OVERSIGHT);
    const { subject } = validate(SubjectParams, request.params, 'params');
    const { lang, format } = validate(SubjectAccessQuery, request.query, 'query');
    const pseudonym = subjectPseudonym(subject, 'params.subject');
    const known = await isKnownSubject(ctx, pseudonym);
    const rendered = renderReport(await subjectAccessReport(ctx, pseudonym, lang), format);
    // For the DPO only: the person-facing document reads the same for an unknown subject.
    return reply
      .header(SUBJECT_KNOWN_HEADER, String(known))
      .type(rendered.contentType)
      .send(rendered.body);
  });
  app.post('/v1/dpo/erasures', async (request, reply) => {
    await requireRole(auth, request.headers.authorization, ['dpo']);
    const outcome = await eraseSubject(ctx, validate(ErasureInput, request.body, ''));
    return reply.code(outcome.dryRun ? 200 : 201).send(outcome);
  });
  app.get('/v1/dpo/retention/preview', async (request) => {
    await requireRole(auth, request.headers.authorization, OVERSIGHT);
    return previewRetention(ctx.store, ctx.retention, ctx.clock.now());
  });
  app.post('/v1/dpo/retention/sweep', async (request) => {
    await requireRole(auth, request.headers.authorization, ['dpo']);
    validate(RetentionSweepInput, request.body ?? {}, '');
    return runRetentionSweepNow(ctx);
  });

  app.get('/v1/log/tree-head', async (request) => {
    await requireRole(auth, request.headers.authorization, OVERSIGHT);
    return ctx.log.signedTreeHead();
  });
  app.get('/v1/log/inclusion', async (request) => {
    await requireRole(auth, request.headers.authorization, OVERSIGHT);
    const query = validate(InclusionQuery, request.query, 'query');
    if ('messageId' in query) {
      return { proofs: await ctx.log.inclusionProofsOfMessage(query.messageId) };
    }
    return ctx.log.inclusionProof(query.seq, query.treeSize);
  });
  app.get('/v1/log/consistency', async (request) => {
    await requireRole(auth, request.headers.authorization, OVERSIGHT);
    const query = validate(ConsistencyQuery, request.query, 'query');
    return ctx.log.consistencyProof(query.oldSize, query.newSize);
  });
  app.get('/v1/log/export', async (request, reply) => {
    await requireRole(auth, request.headers.authorization, OVERSIGHT);
    return reply.type('application/x-ndjson; charset=utf-8').send(await ctx.log.export());
  });

  app.post('/v1/disclosures/check', async (request) => {
    const principal = await auth.agency(request.headers.authorization);
    return checkPermittedCategories(ctx, principal, validate(PermittedCheck, request.body, ''));
  });
}
