import { err, ok, violation, type Result, type RuleViolation } from '../result.js';
import { ReferenceData } from './reference-data.js';

/**
 * Validates an operator's reference data (already parsed from JSON: the domain does no
 * I/O). Every problem comes back as REFERENCE_DATA_INVALID with its path, so an operator
 * can fix the file; nothing is half-loaded.
 */
export function loadReferenceData(
  value: unknown,
  expectedJurisdiction?: string,
): Result<ReferenceData, readonly RuleViolation[]> {
  const parsed = ReferenceData.safeParse(value);
  if (!parsed.success) {
    return err(
      parsed.error.issues.map((i) =>
        violation(
          'REFERENCE_DATA_INVALID',
          i.message,
          i.path.map((p) => (typeof p === 'number' ? p : String(p))),
        ),
      ),
    );
  }
  if (expectedJurisdiction !== undefined && parsed.data.jurisdiction !== expectedJurisdiction) {
    return err([
      violation(
        'REFERENCE_DATA_INVALID',
        `reference data for "${parsed.data.jurisdiction}" loaded for jurisdiction "${expectedJurisdiction}"`,
        ['jurisdiction'],
      ),
    ]);
  }
  return ok(parsed.data);
}
