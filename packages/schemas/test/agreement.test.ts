import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/catalogue/catalogue.js';
import { generateJsonSchemas, versionKey } from '../src/json-schema-gen/artefacts.js';
import {
  generatedCorpus,
  hostileCorpus,
  invalidCorpus,
  validCorpus,
  type CorpusCase,
  type Json,
} from './corpus.js';
import { createValidator } from './json-schema-validator.js';

/**
 * zod and a JSON Schema validator must give the same verdict on every payload: a foreign
 * partner validating with the JSON Schema in Python or Java must accept exactly what our
 * TypeScript readers accept. (Python's `jsonschema` on the same corpus: `python-agreement.test.ts`.)
 */
const ajv = createValidator();
/** Generated payloads per verdict, to show the generator reaches both sides of the line. */
const seen = { valid: 0, invalid: 0 };
const schemas = generateJsonSchemas();

for (const definition of CATALOGUE.values()) {
  for (const [v, schema] of Object.entries(definition.versions)) {
    const version = Number(v);
    const key = versionKey(definition.type, version);
    const jsonSchema = schemas.get(key)!;
    const validate = ajv.compile(jsonSchema);
    const example = definition.examples[version] as Json;
    const verdicts = (data: Json): [boolean, boolean] => [
      schema.safeParse(data).success,
      validate(data),
    ];
    const disagreements = (cases: CorpusCase[]) =>
      cases
        .filter(({ data }) => {
          const [z, j] = verdicts(data);
          return z !== j;
        })
        .map(({ what, data }) => `${what}: ${JSON.stringify(data)}`);

    describe(`${key}: zod and JSON Schema agree`, () => {
      it('on the valid corpus: the example and its minimal form', () => {
        for (const { data } of validCorpus(example, jsonSchema)) {
          expect(verdicts(data)).toEqual([true, true]);
        }
      });

      it('on the invalid corpus: wrong root, unknown field, each field removed or mistyped', () => {
        const corpus = invalidCorpus(example);
        expect(disagreements(corpus)).toEqual([]);
        expect(verdicts(corpus.find((c) => c.what === 'unknown field')!.data)).toEqual([
          false,
          false,
        ]);
      });

      it('on hostile strings: trailing newlines, Unicode digits, look-alike letters', () => {
        const corpus = hostileCorpus(example);
        expect(corpus.length).toBeGreaterThan(0);
        expect(disagreements(corpus)).toEqual([]);
      });

      it('on generated mutations of the example (fast-check)', () => {
        const corpus = generatedCorpus(example, 20260301 + version);
        for (const { data } of corpus) {
          seen[schema.safeParse(data).success ? 'valid' : 'invalid'] += 1;
        }
        expect(disagreements(corpus)).toEqual([]);
      });
    });
  }
}

describe('the generated corpus', () => {
  it('contains valid and invalid payloads, not only one kind', () => {
    expect(seen.valid).toBeGreaterThan(100);
    expect(seen.invalid).toBeGreaterThan(100);
  });
});
