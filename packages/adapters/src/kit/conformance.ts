import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { dataCategoriesOf, readMessage } from '@nrm/schemas';
import type { Adapter, AdapterFixtures, AdapterIssue, CanonicalMessage } from '../sdk/adapter.js';
import { isIssue, recordDigest } from '../sdk/runner.js';
import { asReceived } from './received.js';
import { exportText } from '../sdk/export-input.js';

/** One check of the kit: its name, whether it applies, and what failed (empty when it passed). */
export interface ConformanceCheck {
  readonly name: (typeof CHECK_NAMES)[number];
  /** False when the adapter lacks the mapping the check is about: not run, not passed. */
  readonly applies: boolean;
  readonly failures: string[];
}

type AnyAdapter = Adapter;

/** Calls a mapping step, turning a throw into a failure: bad input must never crash a mapping. */
function guarded<T>(failures: string[], where: string, step: () => T): T | undefined {
  try {
    return step();
  } catch (error) {
    failures.push(`${where} threw: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

const label = (index: number) => `export ${String(index)}`;

/** Every valid fixture's records and the messages they map to. */
function mapValid(adapter: AnyAdapter, fixtures: AdapterFixtures, failures: string[]) {
  const mapped: {
    where: string;
    record: unknown;
    nativeId: string;
    messages: CanonicalMessage[];
  }[] = [];
  const inbound = adapter.inbound;
  if (inbound === undefined) {
    return mapped;
  }
  for (const [index, input] of (fixtures.inboundValid ?? []).entries()) {
    const records = guarded(failures, `${label(index)}: parse`, () => inbound.parse(input)) ?? [];
    if (records.length === 0) {
      failures.push(`${label(index)}: no records`);
    }
    for (const parsed of records) {
      const where = `${label(index)} record ${parsed.nativeId}`;
      if ('error' in parsed) {
        failures.push(`${where}: ${describeIssue(parsed.error)}`);
        continue;
      }
      const result = guarded(failures, `${where}: toCanonical`, () =>
        inbound.toCanonical(parsed.record, fixtures.context),
      );
      if (result === undefined) {
        continue;
      }
      if (isIssue(result)) {
        failures.push(`${where}: ${describeIssue(result)}`);
        continue;
      }
      mapped.push({ where, record: parsed.record, nativeId: parsed.nativeId, messages: result });
    }
  }
  return mapped;
}

function describeIssue(issue: AdapterIssue): string {
  return `${issue.code} at ${issue.path}: ${issue.message}`;
}

/** The kit's checks by name, in the order they run. */
export const CHECK_NAMES = [
  'valid native exports map without issues',
  'every produced message is schema-valid',
  'declared data categories equal the categories present',
  'bad native input gives per-record issues, never a throw',
  'arbitrary input never crashes the inbound mapping (property)',
  'outbound mapping writes every received message',
  'round trip native → canonical → native → canonical',
  'replaying the same input maps to the same records and messages',
] as const;

/** What an adapter must declare for a check to apply: the contract makes each direction optional. */
const NEEDS: Record<(typeof CHECK_NAMES)[number], 'inbound' | 'outbound' | 'symmetric' | 'any'> = {
  'valid native exports map without issues': 'inbound',
  'every produced message is schema-valid': 'any',
  'declared data categories equal the categories present': 'inbound',
  'bad native input gives per-record issues, never a throw': 'inbound',
  'arbitrary input never crashes the inbound mapping (property)': 'inbound',
  'outbound mapping writes every received message': 'outbound',
  'round trip native → canonical → native → canonical': 'symmetric',
  'replaying the same input maps to the same records and messages': 'inbound',
};

/** Whether a check applies to an adapter, known before any mapping runs. */
export function checkApplies(adapter: AnyAdapter, name: (typeof CHECK_NAMES)[number]): boolean {
  switch (NEEDS[name]) {
    case 'inbound':
      return adapter.inbound !== undefined;
    case 'outbound':
      return adapter.outbound !== undefined;
    case 'symmetric':
      return (
        adapter.inbound !== undefined &&
        adapter.outbound !== undefined &&
        adapter.symmetric === true
      );
    case 'any':
      return true;
  }
}

/** Run every check of the kit against an adapter and the fixtures it ships. */
export function checkAdapter(adapter: AnyAdapter, fixtures: AdapterFixtures): ConformanceCheck[] {
  const checks: ConformanceCheck[] = [];
  const check = (name: (typeof CHECK_NAMES)[number], run: (failures: string[]) => void) => {
    const failures: string[] = [];
    const applies = checkApplies(adapter, name);
    if (applies) {
      run(failures);
    }
    checks.push({ name, applies, failures });
  };
  const mapFailures: string[] = [];
  const mapped = mapValid(adapter, fixtures, mapFailures);

  check('valid native exports map without issues', (failures) => {
    failures.push(...mapFailures);
    if (adapter.inbound !== undefined && (fixtures.inboundValid ?? []).length === 0) {
      failures.push('the adapter has an inbound mapping but ships no valid export');
    }
  });

  check('every produced message is schema-valid', (failures) => {
    if (adapter.inbound === undefined && adapter.outbound === undefined) {
      failures.push('the adapter declares neither an inbound nor an outbound mapping');
    }
    for (const { where, messages } of mapped) {
      if (messages.length === 0) {
        failures.push(`${where}: no messages`);
      }
      for (const message of messages) {
        const read = readMessage(message.type, message.version, message.payload);
        if (!read.ok) {
          const issue = read.error.issues[0];
          failures.push(
            `${where}: ${message.type} v${String(message.version)} invalid at ${(issue?.path ?? []).join('.')}: ${issue?.message ?? read.error.message}`,
          );
        }
      }
    }
    for (const [index, message] of (fixtures.outboundMessages ?? []).entries()) {
      const read = readMessage(message.type, message.version, message.payload);
      if (!read.ok) {
        failures.push(`outbound fixture ${String(index)} (${message.type}): ${read.error.message}`);
      }
    }
  });

  check('declared data categories equal the categories present', (failures) => {
    if (adapter.inbound === undefined) {
      return;
    }
    const declared = adapter.dataCategories;
    if (declared === undefined) {
      failures.push('the adapter declares no dataCategories');
      return;
    }
    const present = new Map<string, Set<string>>();
    for (const { where, messages } of mapped) {
      for (const message of messages) {
        const categories = dataCategoriesOf(message.type, message.version, message.payload);
        if (!categories.ok) {
          continue;
        }
        const set = present.get(message.type) ?? new Set<string>();
        for (const category of categories.value) {
          set.add(category);
          if (!(declared[message.type] ?? []).includes(category)) {
            failures.push(`${where}: ${message.type} carries undeclared category ${category}`);
          }
        }
        present.set(message.type, set);
      }
    }
    for (const [type, categories] of Object.entries(declared)) {
      const seen = present.get(type) ?? new Set<string>();
      const unused = categories.filter((category) => !seen.has(category));
      if (unused.length > 0) {
        failures.push(`${type}: declared but never present in the fixtures: ${unused.join(', ')}`);
      }
    }
  });

  check('bad native input gives per-record issues, never a throw', (failures) => {
    const inbound = adapter.inbound;
    if (inbound === undefined) {
      return;
    }
    if ((fixtures.inboundInvalid ?? []).length === 0) {
      failures.push('the adapter ships no invalid export');
    }
    for (const [index, input] of (fixtures.inboundInvalid ?? []).entries()) {
      const records =
        guarded(failures, `invalid ${label(index)}: parse`, () => inbound.parse(input)) ?? [];
      let issues = 0;
      for (const parsed of records) {
        if ('error' in parsed) {
          issues += 1;
          continue;
        }
        const result = guarded(failures, `invalid ${label(index)} ${parsed.nativeId}`, () =>
          inbound.toCanonical(parsed.record, fixtures.context),
        );
        if (result !== undefined && isIssue(result)) {
          issues += 1;
        }
      }
      if (issues === 0) {
        failures.push(`invalid ${label(index)}: no record was refused`);
      }
    }
  });

  check('arbitrary input never crashes the inbound mapping (property)', (failures) => {
    const inbound = adapter.inbound;
    if (inbound === undefined) {
      return;
    }
    const seeds = (fixtures.inboundValid ?? []).map(exportText);
    // Valid exports cut, spliced and sprinkled with noise: the shapes a broken export takes.
    const mutated = fc
      .tuple(fc.constantFrom(...(seeds.length > 0 ? seeds : [''])), fc.nat(), fc.nat(), fc.string())
      .map(([seed, a, b, noise]) => {
        const from = a % (seed.length + 1);
        const to = from + (b % (seed.length - from + 1));
        return seed.slice(0, from) + noise + seed.slice(to);
      });
    const property = fc.property(fc.oneof(mutated, fc.string()), (input) => {
      for (const parsed of inbound.parse(input)) {
        if (!('error' in parsed)) {
          inbound.toCanonical(parsed.record, fixtures.context);
        }
      }
    });
    const result = fc.check(property, { numRuns: 200, seed: 42 });
    if (result.failed) {
      failures.push(
        `throws for ${JSON.stringify(result.counterexample)}: ${String(result.errorInstance)}`,
      );
    }
  });

  check('outbound mapping writes every received message', (failures) => {
    const outbound = adapter.outbound;
    if (outbound === undefined) {
      return;
    }
    const from = fixtures.outboundFrom ?? 'rs.cptv';
    const messages = fixtures.outboundMessages ?? [];
    if (messages.length === 0) {
      failures.push('the adapter has an outbound mapping but ships no outbound message');
    }
    for (const [index, message] of messages.entries()) {
      const where = `outbound ${String(index)} (${message.type})`;
      const native = guarded(failures, where, () =>
        outbound.fromCanonical(asReceived(message, from, index), fixtures.context),
      );
      if (native === null) {
        failures.push(`${where}: no native record`);
        continue;
      }
      if (native === undefined) {
        continue;
      }
      const written = guarded(failures, `${where}: serialize`, () => outbound.serialize([native]));
      if (written !== undefined && written.length === 0) {
        failures.push(`${where}: serialized to nothing`);
      }
    }
  });

  check('round trip native → canonical → native → canonical', (failures) => {
    const { inbound, outbound } = adapter;
    if (inbound === undefined || outbound === undefined || adapter.symmetric !== true) {
      return;
    }
    for (const { where, messages } of mapped) {
      for (const [index, message] of messages.entries()) {
        const native = guarded(failures, `${where}: fromCanonical`, () =>
          outbound.fromCanonical(
            asReceived(message, fixtures.context.agencyId, index),
            fixtures.context,
          ),
        );
        if (native === null || native === undefined) {
          continue;
        }
        const again = guarded(failures, `${where}: re-read`, () => {
          const reparsed = inbound.parse(outbound.serialize([native]));
          const first = reparsed[0];
          return first === undefined || 'error' in first
            ? first
            : inbound.toCanonical(first.record, fixtures.context);
        });
        const payloads = Array.isArray(again) ? again.map((m) => m.payload) : [];
        if (!payloads.some((payload) => isDeepStrictEqual(payload, message.payload))) {
          failures.push(
            `${where}: ${message.type} does not survive the round trip: ${JSON.stringify(again)}`,
          );
        }
      }
    }
  });

  check('replaying the same input maps to the same records and messages', (failures) => {
    const again = mapValid(adapter, fixtures, []);
    const ids = new Set<string>();
    for (const [index, first] of mapped.entries()) {
      const second = again[index];
      if (ids.has(first.nativeId)) {
        failures.push(`${first.where}: native id ${first.nativeId} is not unique`);
      }
      ids.add(first.nativeId);
      if (
        second === undefined ||
        second.nativeId !== first.nativeId ||
        recordDigest(second.record) !== recordDigest(first.record) ||
        !isDeepStrictEqual(second.messages, first.messages)
      ) {
        failures.push(
          `${first.where}: a replay maps differently (the journal would send it again)`,
        );
      }
    }
  });

  return checks;
}
