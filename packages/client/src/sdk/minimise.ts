import { DataCategory } from '@nrm/domain';
import { CATALOGUE, fieldMetaOf, parseMessage } from '@nrm/schemas';
import { z } from 'zod';
import { GatewayError } from '../errors/index.js';

/** The parts of a zod definition the walk needs (zod 4 keeps them on `_zod.def`). */
interface WalkableDef {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly in?: z.ZodType;
}

const REMOVE = Symbol('remove');

/** A payload with the fields of categories that may not go taken out. */
export interface MinimisedPayload {
  payload: unknown;
  /** Dotted paths of the removed fields and list items, e.g. `subject.disability`. */
  removed: string[];
}

function strip(
  schema: z.ZodType,
  value: unknown,
  permitted: ReadonlySet<string>,
  path: string[],
  removed: string[],
): unknown {
  if (value === undefined) {
    return value;
  }
  const category = fieldMetaOf(schema)?.category;
  if (category !== undefined && !permitted.has(category)) {
    removed.push(path.join('.'));
    return REMOVE;
  }
  const def = schema._zod.def as unknown as WalkableDef;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return strip(def.innerType!, value, permitted, path, removed);
    case 'pipe':
      return strip(def.in!, value, permitted, path, removed);
    case 'object': {
      if (typeof value !== 'object' || value === null) {
        return value;
      }
      const out: Record<string, unknown> = {};
      for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
        const child = def.shape![key];
        const kept =
          child === undefined ? member : strip(child, member, permitted, [...path, key], removed);
        if (kept !== REMOVE) {
          out[key] = kept;
        }
      }
      return out;
    }
    case 'array':
      return Array.isArray(value)
        ? value
            .map((item, i) => strip(def.element!, item, permitted, [...path, String(i)], removed))
            .filter((item) => item !== REMOVE)
        : value;
    case 'union': {
      const branch = def.options!.find((o) => o.safeParse(value).success);
      return branch === undefined ? value : strip(branch, value, permitted, path, removed);
    }
    default:
      return value;
  }
}

/**
 * Data minimisation before sealing: remove from a payload every field whose data
 * category (from the `@nrm/schemas` field metadata) is not in `permitted`. The result is
 * validated again; when a required field would have to go, nothing is sent —
 * CONSENT_MISSING names the field, since the disclosure cannot be made smaller than that.
 */
export function minimisePayload(
  type: string,
  version: number,
  payload: unknown,
  permitted: readonly DataCategory[],
): MinimisedPayload {
  const schema = CATALOGUE.get(type)?.versions[version];
  if (schema === undefined) {
    throw new GatewayError('UNKNOWN_TYPE', { message: `No wire schema ${type} v${version}.` });
  }
  const removed: string[] = [];
  const stripped = strip(schema, payload, new Set(permitted), [], removed);
  if (stripped === REMOVE) {
    throw new GatewayError('CONSENT_MISSING', {
      message: `No category of this ${type} may be disclosed.`,
      path: 'payload',
    });
  }
  const check = parseMessage(type, version, stripped);
  if (!check.ok) {
    const issue = check.error.issues[0];
    throw new GatewayError('CONSENT_MISSING', {
      message: `Minimising removed a required field (${removed.join(', ')}); the message cannot go without it.`,
      path: ['payload', ...(issue?.path ?? []).map(String)].join('.'),
    });
  }
  return { payload: stripped, removed };
}

/** The categories every recipient may receive: one ciphertext goes to all of them. */
export function permittedForAll(answer: {
  recipients: { permitted: readonly DataCategory[] }[];
}): DataCategory[] {
  const [first, ...rest] = answer.recipients;
  if (first === undefined) {
    return [];
  }
  return first.permitted.filter((c) => rest.every((r) => r.permitted.includes(c)));
}

/** The gateway's answer to `POST /v1/disclosures/check`. */
export const PermittedResponse = z.object({
  policy: z.object({ id: z.string(), version: z.number() }),
  recipients: z.array(
    z.object({
      agency: z.string(),
      permitted: z.array(DataCategory),
      withheld: z.array(DataCategory),
      /** Absent from gateways older than the discloser check. */
      refused: z.array(z.object({ detail: z.string(), message: z.string() })).optional(),
    }),
  ),
});
export type PermittedResponse = z.infer<typeof PermittedResponse>;

/** What the dry run needs: the envelope facts of the message about to be sent. */
export interface PermittedCheckBody {
  to: string[];
  subject: string;
  subjectIsChild: boolean;
  purpose: string;
  legalBasis: string;
  categories: DataCategory[];
  consentRefs: string[];
  justification?: string;
  /** The wire type about to be sent (legal duties are limited to their message types). */
  type?: string;
}
