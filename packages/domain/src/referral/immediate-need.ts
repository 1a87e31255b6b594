import { z } from 'zod';

/** Needs the first responder saw at referral; presumed victims are assisted from the outset (DOMAIN.md step 5). */
export const IMMEDIATE_NEEDS = [
  'safe-accommodation',
  'emergency-medical-care',
  'psychological-first-aid',
  'food-and-clothing',
  'interpretation',
  'legal-advice',
  'protection-from-reprisals',
  'child-guardian',
  'family-contact',
  'documents',
  'money',
] as const;
export const ImmediateNeed = z.enum(IMMEDIATE_NEEDS);
export type ImmediateNeed = z.infer<typeof ImmediateNeed>;
