import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas } from '../json-schema-gen/artefacts.js';
import { f, field, fieldMetaOf } from './field-meta.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));

type Node = Record<string, unknown>;

/** Every property node of a JSON Schema with its path. */
function properties(node: Node, path: string, out: [string, Node][]): void {
  for (const [k, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
    out.push([`${path}.${k}`, child]);
    properties(child, `${path}.${k}`, out);
  }
  if (node.items !== undefined) {
    properties(node.items as Node, `${path}[]`, out);
  }
  for (const variant of (node.oneOf ?? node.anyOf ?? []) as Node[]) {
    properties(variant, path, out);
  }
}

describe('field metadata', () => {
  it('is attached to a clone, so a shared primitive can carry different metadata per field', () => {
    const shared = z.string();
    const a = f(shared, 'identity', 'personal', 'A', 'A', 'first');
    const b = field(shared, {
      description: 'second',
      labels: { en: 'B', sr: 'B' },
      sensitivity: 'public',
    });
    expect(fieldMetaOf(a)?.description).toBe('first');
    expect(fieldMetaOf(b)).toEqual({
      description: 'second',
      labels: { en: 'B', sr: 'B' },
      sensitivity: 'public',
    });
    expect(fieldMetaOf(shared)).toBeUndefined();
  });

  it('labels every field of every type version in English and Serbian (discriminators excepted)', () => {
    const missing: string[] = [];
    for (const [key, schema] of generateJsonSchemas()) {
      const props: [string, Node][] = [];
      properties(schema, key, props);
      for (const [path, node] of props) {
        const labels = node['x-nrm-labels'] as { en?: string; sr?: string } | undefined;
        if (
          node.const === undefined &&
          (labels?.en === undefined ||
            labels.sr === undefined ||
            typeof node.description !== 'string')
        ) {
          missing.push(path);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps frozen snapshots independent of @nrm/domain: no v<N>.ts or common file imports it', () => {
    const offenders: string[] = [];
    for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
      const rel = join(entry.parentPath, entry.name).slice(SRC.length);
      const frozen = /(^|\/)v\d+\.ts$/.test(rel) || /^common\//.test(rel);
      if (
        entry.isFile() &&
        frozen &&
        /from '@nrm\/domain'/.test(readFileSync(join(entry.parentPath, entry.name), 'utf8'))
      ) {
        offenders.push(rel);
      }
    }
    expect(offenders).toEqual([]);
  });
});
