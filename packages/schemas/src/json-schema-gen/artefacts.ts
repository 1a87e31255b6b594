import { CATALOGUE } from '../catalogue/catalogue.js';
import { renderDocsIndex } from '../docs-gen/render-docs-index.js';
import { renderTypeDoc } from '../docs-gen/render-type-doc.js';
import { toEcmaJsonSchema, toWireJsonSchema, type JsonSchemaDocument } from './to-json-schema.js';

/** `nrm.referral/v2`: how a type version is named in the lock file and in reports. */
export type VersionKey = `${string}/v${number}`;

export const versionKey = (type: string, version: number): VersionKey => `${type}/v${version}`;

/** Path of a snapshot inside the package: `json-schema/nrm.referral/v2.json`. */
export const snapshotPath = (type: string, version: number): string =>
  `json-schema/${type}/v${version}.json`;

/** Stable text of a JSON Schema file (2-space indent, trailing newline). */
export const schemaFileText = (doc: JsonSchemaDocument): string =>
  `${JSON.stringify(doc, null, 2)}\n`;

/** Every published JSON Schema of every type version, by version key. */
export function generateJsonSchemas(
  generate: typeof toWireJsonSchema = toWireJsonSchema,
): Map<VersionKey, JsonSchemaDocument> {
  const out = new Map<VersionKey, JsonSchemaDocument>();
  for (const definition of CATALOGUE.values()) {
    for (const [v, schema] of Object.entries(definition.versions)) {
      out.set(versionKey(definition.type, Number(v)), generate(definition.type, Number(v), schema));
    }
  }
  return out;
}

/** Every JSON Schema with its patterns in ECMA-262 only, as released before the dialect errata. */
export const generateEcmaJsonSchemas = (): Map<VersionKey, JsonSchemaDocument> =>
  generateJsonSchemas(toEcmaJsonSchema);

/**
 * Every generated file of the package, path → content: JSON Schema snapshots, an index of
 * them, and one reference page per type. Deterministic, so a test can diff it against disk.
 */
export function generateArtefacts(): Map<string, string> {
  const files = new Map<string, string>();
  const schemas = generateJsonSchemas();
  const index: Record<string, { versions: number[]; latest: number }> = {};
  for (const definition of CATALOGUE.values()) {
    const versions = Object.keys(definition.versions)
      .map(Number)
      .sort((a, b) => a - b);
    index[definition.type] = { versions, latest: versions[versions.length - 1]! };
    const docs = versions.map((v) => ({
      version: v,
      schema: schemas.get(versionKey(definition.type, v))!,
    }));
    for (const { version, schema } of docs) {
      files.set(snapshotPath(definition.type, version), schemaFileText(schema));
    }
    files.set(`docs/${definition.type}.md`, renderTypeDoc(definition, docs));
  }
  files.set('json-schema/index.json', `${JSON.stringify(index, null, 2)}\n`);
  files.set('docs/README.md', renderDocsIndex());
  return files;
}
