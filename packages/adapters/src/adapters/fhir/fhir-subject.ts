import { isTreatedAsChild } from '@nrm/domain';
import type { AdapterIssue } from '../../sdk/adapter.js';
import type { FhirRecord } from './fhir-input.js';
import { identifierOf, SYSTEM, type Reference } from './fhir-profile.js';

export interface FhirSubject {
  readonly pseudonym: string;
  /** A Patient without a birth date is presumed a child (AGE_DISPUTED_TREATED_AS_CHILD). */
  readonly isChild: boolean;
}

const PSEUDONYM = /^sub_[0-9A-Za-z]{16,40}$/;

/**
 * The person a resource is about: the exchange pseudonym, from the reference's own
 * identifier or from the referenced Patient of the same Bundle. The Patient's name and
 * record numbers are never read.
 */
export function subjectOf(
  reference: Reference | undefined,
  record: FhirRecord,
  field: string,
  at: string,
): FhirSubject | AdapterIssue {
  const patient =
    reference?.reference === undefined ? undefined : record.patients.get(reference.reference);
  const pseudonym =
    (reference?.identifier?.system === SYSTEM.subjectPseudonym
      ? reference.identifier.value
      : undefined) ?? identifierOf(patient?.identifier, SYSTEM.subjectPseudonym);
  if (pseudonym === undefined || !PSEUDONYM.test(pseudonym)) {
    return {
      code: 'FHIR_SUBJECT_UNKNOWN',
      message: `${field} has no exchange pseudonym (identifier system ${SYSTEM.subjectPseudonym}, sub_…), on the reference or on the Patient it points to in the Bundle`,
      path: field,
    };
  }
  const birthDate = patient?.birthDate;
  const isChild =
    birthDate !== undefined && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(birthDate)
      ? isTreatedAsChild({ status: 'documented', birthDate }, at)
      : true;
  return { pseudonym, isChild };
}
