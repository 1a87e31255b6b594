import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standardsFolder } from '../../../test/shared-standards.js';
import { DEMO_DIRECTORY_HSDS } from './demo-directory.js';
import { createHsdsValidator, type HsdsValidator } from './hsds-schema.js';
import { importServiceDirectory, providersOf } from './service-directory.js';

const hsds = standardsFolder('hsds-3.0');
const example = (file: string): string => readFileSync(join(hsds.path, 'examples', file), 'utf8');
// Only the tests that skip without the folder use it.
const validate: HsdsValidator = hsds.present
  ? createHsdsValidator(join(hsds.path, 'schema'))
  : () => [];

describe('the demo directory', () => {
  it('reads into one entry per service, with agency, kinds, locations and languages', () => {
    const { directory, issues } = importServiceDirectory(DEMO_DIRECTORY_HSDS);
    expect(issues).toEqual([]);
    expect(directory.services.map((s) => [s.agencyId, s.kinds, s.languages])).toEqual([
      ['rs.astra', ['legal-aid-criminal'], ['sr', 'en']],
      ['rs.astra', ['psychosocial'], ['sr']],
      ['rs.atina', ['accommodation'], ['sr', 'en']],
      ['rs.csw.belgrade', ['material-assistance'], ['sr']],
    ]);
    expect(directory.services[2]?.locations).toEqual([
      { id: expect.any(String) as string, name: 'Atina – prihvatilište', city: 'Beograd' },
    ]);
    expect(providersOf(directory, 'rs.astra', 'psychosocial').map((s) => s.serviceName)).toEqual([
      'Psihosocijalna podrška',
    ]);
  });

  it.skipIf(!hsds.present)('is valid against the official HSDS 3.0 JSON Schemas', () => {
    expect(importServiceDirectory(DEMO_DIRECTORY_HSDS, { validate }).issues).toEqual([]);
  });
});

describe.skipIf(!hsds.present)('the official HSDS 3.0 examples', () => {
  it('come with schemas whose dialect the HSDS OpenAPI document declares: 2020-12', () => {
    const schemaDir = join(hsds.path, 'schema');
    const openapi = JSON.parse(readFileSync(join(schemaDir, 'openapi.json'), 'utf8')) as {
      jsonSchemaDialect?: string;
    };
    expect(openapi.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
    const service = JSON.parse(readFileSync(join(schemaDir, 'service.json'), 'utf8')) as object;
    expect('$schema' in service).toBe(false);
  });

  it('validate against the schemas and read into the directory', () => {
    const organization = importServiceDirectory(example('organization_full.json'), { validate });
    expect(organization.issues).toEqual([]);
    const [service] = organization.directory.services;
    // Read from the example independently of the importer.
    const raw = JSON.parse(example('organization_full.json')) as {
      id: string;
      name: string;
      services: {
        id: string;
        name: string;
        service_at_locations: { location: { id: string } }[];
      }[];
    };
    expect(service).toMatchObject({
      serviceId: raw.services[0]!.id,
      serviceName: raw.services[0]!.name,
      organizationId: raw.id,
      organizationName: raw.name,
      locations: raw.services[0]!.service_at_locations.map((s) => ({ id: s.location.id })),
    });
    // Not a member of the exchange (a GB company number, no NRM-AGENCY identifier) and no
    // service kind from our taxonomy: listed, but no referral can be addressed to it.
    expect(service?.agencyId).toBeUndefined();
    expect(service?.kinds).toEqual([]);
  });

  it('reads services, services at locations and pages of them; one entry per service', () => {
    for (const file of [
      'service_full.json',
      'service_list.json',
      'service_at_location_full.json',
      'service_at_location_list.json',
    ]) {
      const read = importServiceDirectory(example(file), { validate });
      expect(read.issues, file).toEqual([]);
      expect(read.directory.services.length, file).toBeGreaterThan(0);
    }
    const atLocation = JSON.parse(example('service_at_location_full.json')) as {
      service: { id: string };
      location: { id: string };
    };
    const read = importServiceDirectory(example('service_at_location_full.json'), { validate });
    expect(read.directory.services.map((s) => [s.serviceId, s.locations.map((l) => l.id)])).toEqual(
      [[atLocation.service.id, [atLocation.location.id]]],
    );
  });

  it('a configured organization id links a directory without NRM-AGENCY identifiers', () => {
    const raw = JSON.parse(example('organization_full.json')) as { id: string };
    const read = importServiceDirectory(example('organization_full.json'), {
      validate,
      agencies: { [raw.id]: 'rs.astra' },
    });
    expect(read.directory.services.map((s) => s.agencyId)).toEqual(['rs.astra']);
  });

  it('refuses an object that breaks the schema, with the path of the offending value', () => {
    const broken = JSON.parse(example('service_full.json')) as Record<string, unknown>;
    broken.status = 'bogus';
    delete broken.name;
    const read = importServiceDirectory(JSON.stringify(broken), { validate });
    expect(read.directory.services).toEqual([]);
    expect(read.issues.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([
        ['HSDS_SCHEMA_INVALID', '/status'],
        ['HSDS_SCHEMA_INVALID', '/'],
      ]),
    );
  });
});

describe('bad documents', () => {
  it('are issues, never a throw', () => {
    expect(importServiceDirectory('{"id": ').issues[0]?.code).toBe('HSDS_DOCUMENT_UNREADABLE');
    expect(importServiceDirectory('{"contents": [{"id": 7}]}').issues).toEqual([
      expect.objectContaining({ code: 'HSDS_OBJECT_UNREADABLE', path: '/contents/0/id' }),
    ]);
    expect(
      importServiceDirectory('{"id": "x", "name": "Usluga", "organization": null}').issues[0]?.code,
    ).toBe('HSDS_OBJECT_UNREADABLE');
  });
});
