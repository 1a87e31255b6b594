import { z } from 'zod';
import { AGENCY_KINDS } from '../agency/agency-kind.js';

/**
 * How the person reached the NRM: the kind of first responder that referred them, or
 * `self-referral` (hotline, walk-in at an NGO). Reported in NRM statistics (police 37%,
 * CSW 24%, NGOs 13% of 2018 referrals in Serbia).
 */
export const FirstResponderChannel = z.enum([...AGENCY_KINDS, 'self-referral']);
export type FirstResponderChannel = z.infer<typeof FirstResponderChannel>;
