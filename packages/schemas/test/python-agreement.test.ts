import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/catalogue/catalogue.js';
import {
  generateEcmaJsonSchemas,
  generateJsonSchemas,
  schemaFileText,
  snapshotPath,
  versionKey,
  type VersionKey,
} from '../src/json-schema-gen/artefacts.js';
import { corpusOf, hostileCorpus, type CorpusCase, type Json } from './corpus.js';
import { createValidator } from './json-schema-validator.js';
import { PACKAGE_ROOT } from './package-files.js';

/**
 * Python's `jsonschema`, zod and Ajv must give the same verdict on every case of the corpus,
 * for every type and version: a Python partner validating with the published JSON Schema
 * accepts exactly what our readers accept. The published snapshot files are what Python reads.
 * Needs python3 with the packages in `test/requirements.txt`; without them the test skips,
 * except under CI, where it fails.
 */
const SCRIPT = join(PACKAGE_ROOT, 'test', 'python_agreement.py');
const probe = spawnSync('python3', ['-c', 'import jsonschema'], { encoding: 'utf8' });
const missing =
  probe.error !== undefined
    ? `python3 is not available (${probe.error.message})`
    : probe.status !== 0
      ? `python3 cannot import jsonschema (${probe.stderr.trim().split('\n').pop() ?? ''})`
      : undefined;
const required = process.env.CI === 'true';
if (missing !== undefined && !required) {
  console.warn(
    `python-agreement: skipped — ${missing}; install with python3 -m pip install -r packages/schemas/test/requirements.txt`,
  );
}

interface PythonAnswer {
  readonly jsonschema: string;
  readonly formats: readonly string[];
  /** With `jsonschema.FormatChecker()`, as the README shows. */
  readonly verdicts: Readonly<Record<string, readonly boolean[]>>;
  /** Patterns only: every date and date-time also carries its pattern. */
  readonly verdictsWithoutFormats: Readonly<Record<string, readonly boolean[]>>;
}

/**
 * The one known difference, and only with the format checker: Python's `date` and `date-time`
 * checks go through `datetime`, which has no year 0, so Python refuses `0000-…` dates that
 * RFC 3339, zod and Ajv accept. Python is stricter there, never laxer.
 */
const isYearZero = (data: Json) => JSON.stringify(data).includes('"0000-');

/** The pre-errata text of one released schema: it shows the test can see a disagreement. */
const ECMA_PROBE: VersionKey = 'nrm.receipt/v1';

describe.skipIf(missing !== undefined && !required)(
  "Python's jsonschema agrees with zod and Ajv",
  () => {
    const ajv = createValidator();
    const schemas = generateJsonSchemas();
    const corpora = new Map<VersionKey, CorpusCase[]>();
    for (const definition of CATALOGUE.values()) {
      for (const v of Object.keys(definition.versions).map(Number)) {
        const key = versionKey(definition.type, v);
        corpora.set(key, corpusOf(definition, v, schemas.get(key)!));
      }
    }
    const probeCases = hostileCorpus(CATALOGUE.get('nrm.receipt')!.examples[1] as Json);
    const tmp = mkdtempSync(join(tmpdir(), 'nrm-python-agreement-'));
    let answer: PythonAnswer;

    beforeAll(() => {
      if (missing !== undefined) {
        throw new Error(`CI needs Python's jsonschema: ${missing}`);
      }
      const ecmaFile = join(tmp, 'ecma-probe.json');
      writeFileSync(ecmaFile, schemaFileText(generateEcmaJsonSchemas().get(ECMA_PROBE)!));
      const input: Record<string, { schema: string; cases: Json[] }> = {
        [`ecma:${ECMA_PROBE}`]: { schema: ecmaFile, cases: probeCases.map((c) => c.data) },
      };
      for (const [key, cases] of corpora) {
        const [type, v] = key.split('/v') as [string, string];
        input[key] = {
          schema: join(PACKAGE_ROOT, snapshotPath(type, Number(v))),
          cases: cases.map((c) => c.data),
        };
      }
      const inputFile = join(tmp, 'corpus.json');
      writeFileSync(inputFile, JSON.stringify(input));
      const run = spawnSync('python3', [SCRIPT, inputFile], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (run.status !== 0) {
        throw new Error(`python3 ${SCRIPT} failed: ${run.stderr}`);
      }
      answer = JSON.parse(run.stdout) as PythonAnswer;
    }, 120_000);
    afterAll(() => rmSync(tmp, { recursive: true, force: true }));

    it('checks the formats the README asks for (date and date-time)', () => {
      expect(answer.formats).toEqual(['date', 'date-time']);
    });

    it('differs with the format checker only on year 0000, which Python alone refuses', () => {
      const yearZero = [...corpora].flatMap(([key, cases]) =>
        cases.filter(
          (c, i) =>
            isYearZero(c.data) &&
            answer.verdicts[key]![i] !== answer.verdictsWithoutFormats[key]![i],
        ),
      );
      expect(yearZero.length).toBeGreaterThan(0);
    });

    it('would have caught the released ECMA-only patterns: Python accepts what zod refuses', () => {
      const zod = CATALOGUE.get('nrm.receipt')!.versions[1]!;
      const accepted = probeCases.filter(
        (c, i) =>
          answer.verdictsWithoutFormats[`ecma:${ECMA_PROBE}`]![i] && !zod.safeParse(c.data).success,
      );
      expect(accepted.map((c) => c.what)).toContain('trailing newline in $.messageId');
      expect(accepted.map((c) => c.what)).toContain('one Devanagari digit in $.at');
    });

    for (const definition of CATALOGUE.values()) {
      for (const [v, schema] of Object.entries(definition.versions)) {
        const key = versionKey(definition.type, Number(v));
        it(`${key}: the same verdict from Python, zod and Ajv on every case`, () => {
          const cases = corpora.get(key)!;
          const validate = ajv.compile(schemas.get(key)!);
          const ours = cases.map(({ data }) => {
            const z = schema.safeParse(data).success;
            expect(validate(data), JSON.stringify(data)).toBe(z);
            return z;
          });
          const disagreements = (python: readonly boolean[]) =>
            cases.flatMap(({ what, data }, i) =>
              python[i] === ours[i] ? [] : [{ what, data, zod: ours[i]!, python: python[i]! }],
            );
          expect(answer.verdictsWithoutFormats[key]).toHaveLength(cases.length);
          expect(disagreements(answer.verdictsWithoutFormats[key]!)).toEqual([]);
          const withFormats = disagreements(answer.verdicts[key]!);
          expect(withFormats.filter((d) => !(isYearZero(d.data) && d.zod && !d.python))).toEqual(
            [],
          );
          // Both sides of the line are reached: the corpus is not all valid or all invalid.
          expect(ours.filter(Boolean).length).toBeGreaterThan(1);
          expect(ours.filter((z) => !z).length).toBeGreaterThan(cases.length / 4);
        });
      }
    }
  },
);
