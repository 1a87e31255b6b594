import { z } from 'zod';

/** Kinds of actor in an NRM (DOMAIN.md "Actors"). */
export const AGENCY_KINDS = [
  'competent-authority', // CPTV in Serbia: identification decisions, case management
  'police', // criminal police, anti-trafficking units
  'border-police',
  'csw', // Centre for Social Work: first responder, local services, guardianship
  'ngo', // specialised NGOs (ASTRA, Atina), licensed service providers
  'prosecutor',
  'court',
  'asylum-migration-authority', // Commissariat for Refugees and Migration, asylum office
  'labour-inspectorate',
  'education',
  'health',
  'ministry-foreign-affairs',
  'employment-agency',
  'national-coordinator',
  'international-organisation', // IOM, UNHCR
  'helpline',
  'foreign-partner', // NGO or authority abroad
] as const;

export const AgencyKind = z.enum(AGENCY_KINDS);
export type AgencyKind = z.infer<typeof AgencyKind>;

/** Kinds that act as state authorities (for duty-to-report and review independence). */
export const STATE_AGENCY_KINDS: readonly AgencyKind[] = [
  'competent-authority',
  'police',
  'border-police',
  'csw',
  'prosecutor',
  'court',
  'asylum-migration-authority',
  'labour-inspectorate',
  'ministry-foreign-affairs',
  'national-coordinator',
];
