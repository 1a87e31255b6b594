import { z } from 'zod';

/**
 * The parts of an Open Referral HSDS 3.0 document the service directory reads. Loose on
 * purpose: HSDS has many optional fields we do not use, and full validation is the JSON
 * Schemas' job ({@link createHsdsValidator}); this only guarantees the fields we read have
 * the types we read them as.
 */
const TaxonomyTerm = z.looseObject({
  code: z.string().nullish(),
  name: z.string().nullish(),
  taxonomy: z.string().nullish(),
});

const Attribute = z.looseObject({ taxonomy_term: TaxonomyTerm.nullish() });

const Address = z.looseObject({
  address_1: z.string().nullish(),
  city: z.string().nullish(),
  region: z.string().nullish(),
  country: z.string().nullish(),
});

export const HsdsLocation = z.looseObject({
  id: z.string(),
  name: z.string().nullish(),
  addresses: z.array(Address).nullish(),
});
export type HsdsLocation = z.infer<typeof HsdsLocation>;

const ServiceAtLocation = z.looseObject({
  id: z.string(),
  location: HsdsLocation.nullish(),
});

const Language = z.looseObject({ code: z.string().nullish() });

const OrganizationIdentifier = z.looseObject({
  identifier_scheme: z.string().nullish(),
  identifier: z.string(),
});

export const HsdsOrganizationSummary = z.looseObject({
  id: z.string(),
  name: z.string(),
  organization_identifiers: z.array(OrganizationIdentifier).nullish(),
});

export const HsdsService = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.string().nullish(),
  organization_id: z.string().nullish(),
  organization: HsdsOrganizationSummary.nullish(),
  service_at_locations: z.array(ServiceAtLocation).nullish(),
  languages: z.array(Language).nullish(),
  attributes: z.array(Attribute).nullish(),
});
export type HsdsService = z.infer<typeof HsdsService>;

export const HsdsOrganization = HsdsOrganizationSummary.extend({
  services: z.array(HsdsService).nullish(),
  locations: z.array(HsdsLocation).nullish(),
});
export type HsdsOrganization = z.infer<typeof HsdsOrganization>;

/** A page of an HSDS API list endpoint (`/organizations`, `/services`). */
export const HsdsPage = z.looseObject({
  total_items: z.number().optional(),
  contents: z.array(z.unknown()),
});
