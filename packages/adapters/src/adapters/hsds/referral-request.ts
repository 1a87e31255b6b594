import { ConsentGiver, ServiceKind } from '@nrm/domain';
import { z } from 'zod';

/**
 * What a case manager's system exports when it refers a person to a service picked from the
 * HSDS directory: the HSDS service id instead of an agency id, so the directory decides
 * which agency receives the referral. Pseudonyms only; the person's name never leaves.
 */
export const ServiceReferralRequest = z.strictObject({
  referralId: z.string().regex(/^[0-9A-Za-z_-]{8,64}$/),
  case: z.string().regex(/^case_[0-9A-Za-z]{16,40}$/),
  subject: z.string().regex(/^sub_[0-9A-Za-z]{16,40}$/),
  subjectIsChild: z.boolean(),
  hsdsServiceId: z.string().min(1),
  /** Needed only when the HSDS service offers more than one kind. */
  service: ServiceKind.optional(),
  consent: z.strictObject({
    /** The `nrm.consent-record` the referral relies on (SOPs: assistance with informed consent). */
    ref: z.uuid(),
    givenBy: ConsentGiver,
    givenAt: z.iso.datetime({ offset: true }),
  }),
  providerChoice: z.strictObject({
    chosenBy: z.enum(['subject', 'guardian', 'case-manager']),
    alternativesOffered: z.int().min(0).max(100),
  }),
  requestedAt: z.iso.datetime({ offset: true }),
});
export type ServiceReferralRequest = z.infer<typeof ServiceReferralRequest>;
