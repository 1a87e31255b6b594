import { ageAt } from '../time.js';
import type { AgeInformation } from './subject.js';

/** Age of majority everywhere the NRM model is used today (CRC art. 1). */
export const AGE_OF_MAJORITY = 18;

export type ChildStatus = 'child' | 'adult' | 'presumed-child';

/**
 * Whether the person is handled on the child route at `at`. A disputed or unknown age
 * yields `presumed-child`, which every rule treats exactly like `child`
 * (AGE_DISPUTED_TREATED_AS_CHILD).
 */
export function childStatus(age: AgeInformation, at: string): ChildStatus {
  switch (age.status) {
    case 'documented':
      return ageAt(age.birthDate, at) < AGE_OF_MAJORITY ? 'child' : 'adult';
    case 'assessed':
      return age.estimatedAge < AGE_OF_MAJORITY ? 'child' : 'adult';
    case 'disputed':
    case 'unknown':
      return 'presumed-child';
  }
}

export function isTreatedAsChild(age: AgeInformation, at: string): boolean {
  return childStatus(age, at) !== 'adult';
}
