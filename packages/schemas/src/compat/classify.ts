/**
 * Classifies the differences between two JSON Schemas of a message type (an older and a
 * newer version, or a released snapshot and what the source generates now). A change is
 * breaking when a payload valid under the old schema may be rejected by the new one or
 * mean something else: a removed or renamed field, a narrowed enum, a new required field,
 * a changed type, a tightened bound or pattern, a removed variant.
 */
export type ChangeKind =
  | 'field-removed'
  | 'field-renamed'
  | 'required-field-added'
  | 'optional-field-added'
  | 'field-made-required'
  | 'field-made-optional'
  | 'enum-narrowed'
  | 'enum-widened'
  | 'type-changed'
  | 'constraint-tightened'
  | 'constraint-relaxed'
  | 'pattern-changed'
  | 'variant-removed'
  | 'variant-added'
  | 'annotation-changed';

export interface SchemaChange {
  readonly kind: ChangeKind;
  /** JSON path of the field, `$` for the root, `[]` for array items, `|n` for variant n. */
  readonly path: string;
  readonly breaking: boolean;
  readonly detail: string;
}

type Node = Record<string, unknown>;

const BREAKING: ReadonlySet<ChangeKind> = new Set<ChangeKind>([
  'field-removed',
  'field-renamed',
  'required-field-added',
  'field-made-required',
  'enum-narrowed',
  'type-changed',
  'constraint-tightened',
  'pattern-changed',
  'variant-removed',
]);

const change = (kind: ChangeKind, path: string, detail: string): SchemaChange => ({
  kind,
  path,
  breaking: BREAKING.has(kind),
  detail,
});

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems'] as const;
const ANNOTATIONS = [
  'title',
  'description',
  'x-nrm-category',
  'x-nrm-sensitivity',
  'x-nrm-labels',
] as const;

/** The validating content of a node, without annotations (for rename detection). */
function shapeOf(node: unknown): string {
  return JSON.stringify(node, (key, value: unknown) =>
    (ANNOTATIONS as readonly string[]).includes(key) ? undefined : value,
  );
}

function typeSignature(n: Node): string {
  if (n.const !== undefined) {
    return `const:${JSON.stringify(n.const)}`;
  }
  if (Array.isArray(n.enum)) {
    return 'enum';
  }
  if (n.oneOf !== undefined || n.anyOf !== undefined) {
    return 'union';
  }
  return JSON.stringify(n.type ?? 'any');
}

function compareNodes(a: Node, b: Node, path: string, out: SchemaChange[]): void {
  const ta = typeSignature(a);
  const tb = typeSignature(b);
  if (ta !== tb) {
    out.push(change('type-changed', path, `${ta} → ${tb}`));
    return;
  }
  if (Array.isArray(a.enum) && Array.isArray(b.enum)) {
    const removed = a.enum.filter((v) => !(b.enum as unknown[]).includes(v));
    const added = b.enum.filter((v) => !(a.enum as unknown[]).includes(v));
    if (removed.length > 0) {
      out.push(change('enum-narrowed', path, `removed ${JSON.stringify(removed)}`));
    }
    if (added.length > 0) {
      out.push(change('enum-widened', path, `added ${JSON.stringify(added)}`));
    }
  }
  if (a.pattern !== b.pattern || a.format !== b.format) {
    out.push(
      change(
        'pattern-changed',
        path,
        `${String(a.pattern ?? a.format)} → ${String(b.pattern ?? b.format)}`,
      ),
    );
  }
  for (const k of LOWER_BOUNDS) {
    compareBound(a[k], b[k], path, k, 'lower', out);
  }
  for (const k of UPPER_BOUNDS) {
    compareBound(a[k], b[k], path, k, 'upper', out);
  }
  if (a.uniqueItems !== b.uniqueItems) {
    out.push(
      change(
        b.uniqueItems === true ? 'constraint-tightened' : 'constraint-relaxed',
        path,
        'uniqueItems',
      ),
    );
  }
  if (a.additionalProperties !== b.additionalProperties) {
    out.push(
      change(
        b.additionalProperties === false ? 'constraint-tightened' : 'constraint-relaxed',
        path,
        'additionalProperties',
      ),
    );
  }
  for (const k of ANNOTATIONS) {
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) {
      out.push(change('annotation-changed', path, k));
    }
  }
  compareProperties(a, b, path, out);
  if (a.items !== undefined && b.items !== undefined) {
    compareNodes(a.items as Node, b.items as Node, `${path}[]`, out);
  }
  const va = (a.oneOf ?? a.anyOf) as Node[] | undefined;
  const vb = (b.oneOf ?? b.anyOf) as Node[] | undefined;
  if (va !== undefined && vb !== undefined) {
    va.forEach((variant, i) => {
      const counterpart = vb[i];
      if (counterpart === undefined) {
        out.push(change('variant-removed', `${path}|${i}`, 'variant no longer accepted'));
      } else {
        compareNodes(variant, counterpart, `${path}|${i}`, out);
      }
    });
    for (let i = va.length; i < vb.length; i++) {
      out.push(change('variant-added', `${path}|${i}`, 'new variant'));
    }
  }
}

function compareBound(
  a: unknown,
  b: unknown,
  path: string,
  key: string,
  side: 'lower' | 'upper',
  out: SchemaChange[],
): void {
  // A missing minLength/minItems means 0: adding `minItems: 0` changes nothing.
  const absent = key === 'minLength' || key === 'minItems' ? 0 : undefined;
  const an = typeof a === 'number' ? a : absent;
  const bn = typeof b === 'number' ? b : absent;
  if (an === bn) {
    return;
  }
  const tighter =
    side === 'lower'
      ? bn !== undefined && (an === undefined || bn > an)
      : bn !== undefined && (an === undefined || bn < an);
  out.push(
    change(
      tighter ? 'constraint-tightened' : 'constraint-relaxed',
      path,
      `${key}: ${String(a)} → ${String(b)}`,
    ),
  );
}

function compareProperties(a: Node, b: Node, path: string, out: SchemaChange[]): void {
  const pa = (a.properties ?? {}) as Record<string, Node>;
  const pb = (b.properties ?? {}) as Record<string, Node>;
  const ra = new Set((a.required as string[] | undefined) ?? []);
  const rb = new Set((b.required as string[] | undefined) ?? []);
  const removed = Object.keys(pa).filter((k) => !(k in pb));
  const added = Object.keys(pb).filter((k) => !(k in pa));
  const at = (k: string): string => (path === '$' ? `$.${k}` : `${path}.${k}`);
  const paired = new Set<string>();
  for (const k of removed) {
    // A removed field next to an added field of exactly the same shape is a rename.
    const twin = added.find((n) => !paired.has(n) && shapeOf(pb[n]!) === shapeOf(pa[k]!));
    if (twin !== undefined) {
      paired.add(twin);
    }
    out.push(
      twin === undefined
        ? change('field-removed', at(k), 'field no longer accepted')
        : change('field-renamed', at(k), `renamed to ${twin}`),
    );
  }
  for (const k of added) {
    out.push(
      rb.has(k)
        ? change('required-field-added', at(k), 'old payloads lack it')
        : change('optional-field-added', at(k), 'new optional field'),
    );
  }
  for (const k of Object.keys(pa).filter((k) => k in pb)) {
    if (!ra.has(k) && rb.has(k)) {
      out.push(change('field-made-required', at(k), 'was optional'));
    } else if (ra.has(k) && !rb.has(k)) {
      out.push(change('field-made-optional', at(k), 'was required'));
    }
    compareNodes(pa[k]!, pb[k]!, at(k), out);
  }
}

/** Every difference between `before` and `after`, each marked breaking or not. */
export function classifyChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): SchemaChange[] {
  const out: SchemaChange[] = [];
  compareNodes(before, after, '$', out);
  return out;
}

/** True when any change is breaking. */
export const isBreaking = (changes: readonly SchemaChange[]): boolean =>
  changes.some((c) => c.breaking);
