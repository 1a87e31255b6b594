import {
  AgencyId,
  DataCategory,
  evaluateDisclosure,
  LawfulBasis,
  permittedCategories,
  Purpose,
  SubjectPseudonym,
  type ConsentWithdrawal,
} from '@nrm/domain';
import { z } from 'zod';
import { GatewayError } from '@nrm/client/errors';
import type { AgencyPrincipal } from '../store/registry/credentials.js';
import type { GatewayContext } from '../context/gateway-context.js';

/** A dry run of the consent check: what may go to these recipients, before sealing. */
export const PermittedCheck = z.strictObject({
  to: z.array(AgencyId).min(1).max(50),
  subject: SubjectPseudonym,
  subjectIsChild: z.boolean().default(false),
  purpose: Purpose,
  legalBasis: LawfulBasis.default('consent'),
  categories: z.array(DataCategory).min(1),
  consentRefs: z.array(z.uuid()).max(20).default([]),
  justification: z.string().min(1).max(2000).optional(),
  /** The wire type about to be sent: the legal duties of the policy name their message types. */
  type: z
    .string()
    .regex(/^nrm\.[a-z][a-z-]*$/, 'a wire message type such as nrm.referral')
    .optional(),
});
export type PermittedCheck = z.input<typeof PermittedCheck>;

/** Per recipient: the requested categories that may go (empty: none may). */
export interface PermittedAnswer {
  policy: { id: string; version: number };
  recipients: {
    agency: string;
    permitted: DataCategory[];
    withheld: DataCategory[];
    /** Why the whole request may not go as asked (empty when it may), as the submit would say. */
    refused: { detail: string; message: string }[];
  }[];
}

/**
 * Which of the requested categories the caller may disclose to each recipient now, under
 * the single basis that lets the most go (`permittedCategories`, the same evaluation the
 * submit runs). Nothing is stored or logged: a dry run discloses nothing.
 */
export async function checkPermittedCategories(
  ctx: Pick<GatewayContext, 'store' | 'clock' | 'policy' | 'profile'>,
  principal: AgencyPrincipal,
  input: PermittedCheck,
): Promise<PermittedAnswer> {
  const request = PermittedCheck.parse(input);
  const sender = await ctx.store.registry.findAgency(principal.agencyId);
  if (sender === undefined) {
    throw new GatewayError('FORBIDDEN', { message: 'The caller is not a registered agency.' });
  }
  const held = [...(await ctx.store.consents.held(request.consentRefs)).values()];
  const consents = held.map((h) => h.scope);
  const withdrawals: ConsentWithdrawal[] = held.flatMap((h) =>
    h.withdrawal === undefined ? [] : [h.withdrawal],
  );
  const at = ctx.clock.now().toISOString();
  const recipients: PermittedAnswer['recipients'] = [];
  for (const [index, id] of request.to.entries()) {
    const recipient = await ctx.store.registry.findAgency(id);
    if (recipient === undefined) {
      throw new GatewayError('NOT_FOUND', { message: `No agency ${id}.`, path: `to.${index}` });
    }
    const asked = {
      sender: { id: AgencyId.parse(sender.id), kind: sender.kind },
      recipient: { id: recipient.id, kind: recipient.kind },
      subject: { pseudonym: request.subject, isChild: request.subjectIsChild },
      purpose: request.purpose,
      categories: request.categories,
      ...(request.type === undefined ? {} : { messageType: request.type }),
      at,
      ...(request.legalBasis === 'consent' ? {} : { requestedBasis: request.legalBasis }),
      ...(request.justification === undefined ? {} : { justification: request.justification }),
      consents,
      withdrawals,
      policy: ctx.policy,
      profile: ctx.profile,
    };
    const permitted = [...permittedCategories(asked)];
    const decision = evaluateDisclosure(asked);
    recipients.push({
      agency: id,
      permitted,
      withheld: request.categories.filter((c) => !permitted.includes(c)),
      refused: decision.allowed
        ? []
        : decision.reasons.map((r) => ({ detail: r.detail, message: r.message })),
    });
  }
  return { policy: { id: ctx.policy.id, version: ctx.policy.version }, recipients };
}
