/**
 * Domain rules return typed results instead of throwing: the caller (gateway, admin app)
 * decides how a violation reaches a person. One shape for every rule.
 */
import type { RuleCode } from './rules/rule-codes.js';

export interface RuleViolation {
  readonly code: RuleCode;
  /** Human explanation, in English, naming what is missing. */
  readonly message: string;
  /** Where in the checked object the problem is, when it is one field. */
  readonly path?: readonly (string | number)[];
}

export type Result<T, E = RuleViolation> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/**
 * Something a person should look at that does not stop the case: used where the seed report
 * describes practice rather than law, or where the data is outside the loaded reference
 * data (an unknown indicator). Same shape and codes as a violation, so one error model
 * serves both; the type keeps a caller from mistaking one for the other.
 */
export interface RuleWarning {
  readonly code: RuleCode;
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly severity: 'warning';
}

/** Outcome of checking one rule: nothing, or the violations found. */
export type RuleCheck = readonly RuleViolation[];

export function violation(
  code: RuleCode,
  message: string,
  path?: readonly (string | number)[],
): RuleViolation {
  return path === undefined ? { code, message } : { code, message, path };
}

export function warning(
  code: RuleCode,
  message: string,
  path?: readonly (string | number)[],
): RuleWarning {
  return path === undefined
    ? { code, message, severity: 'warning' }
    : { code, message, path, severity: 'warning' };
}
