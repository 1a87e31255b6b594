import { z } from 'zod';

/** A referral's id: random, minted by the referring agency's system, never derived from the person. */
export const ReferralId = z
  .string()
  .regex(
    /^ref_[0-9A-Za-z]{16,40}$/,
    'a referral id is "ref_" followed by 16-40 random letters or digits',
  )
  .brand<'ReferralId'>();
export type ReferralId = z.infer<typeof ReferralId>;
