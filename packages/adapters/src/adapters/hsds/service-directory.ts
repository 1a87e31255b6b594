import { SERVICE_KINDS, type ServiceKind } from '@nrm/domain';
import type { z } from 'zod';
import type { AdapterIssue } from '../../sdk/adapter.js';
import {
  HsdsLocation,
  HsdsOrganization,
  HsdsPage,
  HsdsService,
  type HsdsService as Service,
} from './hsds-document.js';
import type { HsdsObjectKind, HsdsValidator } from './hsds-schema.js';
import { readExportJson } from '../../sdk/export-input.js';

/**
 * The taxonomy whose term codes are our service kinds: a provider tags each HSDS service
 * with an attribute from it (`taxonomy_term.taxonomy: "nrm-service-kind"`, `code:
 * "medical-ordinary"`), so the directory knows which service referrals it can take.
 */
export const NRM_SERVICE_KIND_TAXONOMY = 'nrm-service-kind';

/** The `organization_identifiers` scheme whose identifier is the exchange's agency id. */
export const NRM_AGENCY_SCHEME = 'NRM-AGENCY';

/** One HSDS service as the exchange sees it: which agency delivers it, what kind, where. */
export interface DirectoryService {
  readonly serviceId: string;
  readonly serviceName: string;
  readonly organizationId: string;
  readonly organizationName: string;
  /** The exchange agency that receives service referrals for it; absent when not a member. */
  readonly agencyId?: string;
  readonly kinds: readonly ServiceKind[];
  readonly locations: readonly {
    readonly id: string;
    readonly name?: string;
    readonly city?: string;
  }[];
  /** ISO 639 codes the service is offered in (the person's language matters for consent). */
  readonly languages: readonly string[];
}

export interface ServiceDirectory {
  readonly services: readonly DirectoryService[];
}

export interface DirectoryImport {
  readonly directory: ServiceDirectory;
  /** Objects that were refused, each with where it was in the document. */
  readonly issues: readonly AdapterIssue[];
}

export interface DirectoryImportOptions {
  /** Validates every object against the official HSDS 3.0 JSON Schemas before it is read. */
  readonly validate?: HsdsValidator;
  /** Agency ids by HSDS organization id, for directories that do not carry `NRM-AGENCY`. */
  readonly agencies?: Readonly<Record<string, string>>;
}

const KINDS: ReadonlySet<string> = new Set(SERVICE_KINDS);

function kindsOf(service: Service): ServiceKind[] {
  const kinds = new Set<ServiceKind>();
  for (const attribute of service.attributes ?? []) {
    const term = attribute.taxonomy_term;
    if (term?.taxonomy === NRM_SERVICE_KIND_TAXONOMY && KINDS.has(term.code ?? '')) {
      kinds.add(term.code as ServiceKind);
    }
  }
  return [...kinds];
}

function locationOf(location: HsdsLocation): DirectoryService['locations'][number] {
  const city = location.addresses?.find((a) => a.city != null)?.city ?? undefined;
  return {
    id: location.id,
    ...(location.name != null && { name: location.name }),
    ...(city !== undefined && { city }),
  };
}

type OrganizationRef = Pick<HsdsOrganization, 'id' | 'name' | 'organization_identifiers'>;

function entry(
  service: Service,
  organization: OrganizationRef,
  options: DirectoryImportOptions,
): DirectoryService {
  const agencyId =
    organization.organization_identifiers?.find((i) => i.identifier_scheme === NRM_AGENCY_SCHEME)
      ?.identifier ?? options.agencies?.[organization.id];
  return {
    serviceId: service.id,
    serviceName: service.name,
    organizationId: organization.id,
    organizationName: organization.name,
    ...(agencyId !== undefined && { agencyId }),
    kinds: kindsOf(service),
    locations: (service.service_at_locations ?? []).flatMap((s) =>
      s.location == null ? [] : [locationOf(s.location)],
    ),
    languages: (service.languages ?? []).flatMap((l) => (l.code == null ? [] : [l.code])),
  };
}

const issue = (code: string, message: string, path: string): AdapterIssue => ({
  code,
  message,
  path,
});

function kindOf(value: unknown): HsdsObjectKind {
  if (typeof value === 'object' && value !== null) {
    if ('service' in value && 'location' in value) {
      return 'service_at_location';
    }
    if ('organization' in value) {
      return 'service';
    }
  }
  return 'organization';
}

function unreadable(path: string, what: string, error: z.ZodError): AdapterIssue {
  const first = error.issues[0];
  return issue(
    'HSDS_OBJECT_UNREADABLE',
    `${what}: ${first?.message ?? 'invalid'}`,
    `${path}/${first?.path.join('/') ?? ''}`,
  );
}

/** The directory entries of one HSDS object, or why it cannot be read. */
function readObject(
  value: unknown,
  path: string,
  options: DirectoryImportOptions,
): DirectoryService[] | AdapterIssue[] {
  const kind = kindOf(value);
  const violations = options.validate?.(kind, value) ?? [];
  if (violations.length > 0) {
    return violations.map((v) =>
      issue('HSDS_SCHEMA_INVALID', `HSDS ${kind}: ${v.message}`, path + v.path || '/'),
    );
  }
  if (kind === 'organization') {
    const organization = HsdsOrganization.safeParse(value);
    if (!organization.success) {
      return [unreadable(path, 'an organization needs an id and a name', organization.error)];
    }
    return (organization.data.services ?? []).map((s) => entry(s, organization.data, options));
  }
  const service = HsdsService.safeParse(
    kind === 'service' ? value : (value as { service: unknown }).service,
  );
  if (!service.success) {
    return [unreadable(path, 'a service needs an id and a name', service.error)];
  }
  if (service.data.organization == null) {
    return [issue('HSDS_OBJECT_UNREADABLE', 'a service needs its organization', path || '/')];
  }
  const read = entry(service.data, service.data.organization, options);
  if (kind === 'service_at_location') {
    const location = HsdsLocation.safeParse((value as { location: unknown }).location);
    if (!location.success) {
      return [unreadable(`${path}/location`, 'a location needs an id', location.error)];
    }
    return [{ ...read, locations: [locationOf(location.data)] }];
  }
  return [read];
}

/** One entry per service id: the same service seen at several locations is one service. */
function merge(entries: readonly DirectoryService[]): DirectoryService[] {
  const byId = new Map<string, DirectoryService>();
  for (const e of entries) {
    const seen = byId.get(e.serviceId);
    if (seen === undefined) {
      byId.set(e.serviceId, e);
      continue;
    }
    const locations = [...seen.locations];
    for (const l of e.locations) {
      if (!locations.some((k) => k.id === l.id)) {
        locations.push(l);
      }
    }
    byId.set(e.serviceId, {
      ...seen,
      kinds: [...new Set([...seen.kinds, ...e.kinds])],
      locations,
      languages: [...new Set([...seen.languages, ...e.languages])],
    });
  }
  return [...byId.values()];
}

const isIssues = (read: DirectoryService[] | AdapterIssue[]): read is AdapterIssue[] =>
  read.length > 0 && 'code' in read[0]!;

/**
 * Reads an HSDS 3.0 JSON document — one organization with its services, one service with
 * its organization, or a page of either from an HSDS API — into the directory that service
 * referrals point to. Never throws: unreadable parts come back as issues.
 */
export function importServiceDirectory(
  input: string | Uint8Array,
  options: DirectoryImportOptions = {},
): DirectoryImport {
  const entries: DirectoryService[] = [];
  const issues: AdapterIssue[] = [];
  const collect = (read: DirectoryService[] | AdapterIssue[]): void => {
    if (isIssues(read)) {
      issues.push(...read);
    } else {
      entries.push(...read);
    }
  };
  const read = readExportJson(input);
  if ('notJson' in read) {
    const message = read.notJson;
    return {
      directory: { services: [] },
      issues: [issue('HSDS_DOCUMENT_UNREADABLE', message, '/')],
    };
  }
  const document = read.json;
  const page = HsdsPage.safeParse(document);
  if (page.success) {
    page.data.contents.forEach((item, i) => {
      collect(readObject(item, `/contents/${i}`, options));
    });
  } else {
    collect(readObject(document, '', options));
  }
  return { directory: { services: merge(entries) }, issues };
}

/** The services of one agency that deliver `kind`: where a service referral can go. */
export function providersOf(
  directory: ServiceDirectory,
  agencyId: string,
  kind: ServiceKind,
): DirectoryService[] {
  return directory.services.filter((s) => s.agencyId === agencyId && s.kinds.includes(kind));
}
