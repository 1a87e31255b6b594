import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standardsFolder } from '../../../test/shared-standards.js';
import { createHsdsValidator, type HsdsValidator } from './hsds-schema.js';
import { HSDS_TABLES, importServiceDirectoryTables } from './service-directory-tables.js';

const hsds = standardsFolder('hsds-3.0');
const csvDir = join(hsds.path, 'examples', 'csv');
// Only the tests that skip without the folder use it.
const validate: HsdsValidator = hsds.present
  ? createHsdsValidator(join(hsds.path, 'schema'), { coerceTypes: true })
  : () => [];

const csvTables = (): Record<string, string> =>
  Object.fromEntries(
    Object.keys(HSDS_TABLES).map((file) => [file, readFileSync(join(csvDir, file), 'utf8')]),
  );

describe.skipIf(!hsds.present)('the official HSDS 3.0 tabular examples', () => {
  it('each table we read is the one its schema names as its path', () => {
    for (const [file, schema] of Object.entries(HSDS_TABLES)) {
      const definition = JSON.parse(
        readFileSync(join(hsds.path, 'schema', `${schema}.json`), 'utf8'),
      ) as { path?: string };
      expect(definition.path, schema).toBe(file);
    }
  });

  it('validate row by row and read into the directory, as the JSON form of the same tables does', () => {
    const fromCsv = importServiceDirectoryTables(csvTables(), { validate });
    expect(fromCsv.issues).toEqual([]);
    const tabular = JSON.parse(
      readFileSync(join(hsds.path, 'examples', 'tabular.json'), 'utf8'),
    ) as Record<string, Record<string, unknown>[]>;
    const fromJson = importServiceDirectoryTables(tabular, { validate });
    expect(fromJson.issues).toEqual([]);
    expect(fromJson.directory).toEqual(fromCsv.directory);
    // Counted from the CSV files themselves: one organization with one service.
    const services = csvTables()['services.csv']!.trim().split('\n').length - 1;
    expect(fromCsv.directory.services).toHaveLength(services);
    expect(fromCsv.directory.services[0]).toMatchObject({
      serviceName: 'Community Counselling',
      organizationName: 'Example Organization Inc.',
      locations: [
        { id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5', name: 'MyCity Civic Center', city: 'MyCity' },
      ],
      languages: ['ur'],
    });
  });

  it('refuses a row that breaks its schema with the file, line and column, and reads the rest', () => {
    const tables = csvTables();
    const [header, row] = tables['services.csv']!.split('\n');
    const broken = row!.replace(',active,', ',bogus,');
    const read = importServiceDirectoryTables(
      {
        ...tables,
        'services.csv': `${header}\n${row}\n${broken.replace('ac148810', 'bc148810')}\n`,
      },
      { validate },
    );
    expect(read.issues).toEqual([
      expect.objectContaining({
        code: 'HSDS_SCHEMA_INVALID',
        path: 'services.csv, line 3, column status',
      }),
    ]);
    expect(read.directory.services).toHaveLength(1);
  });
});

describe('bad tables', () => {
  it('a file that is not CSV is one issue, never a throw', () => {
    const read = importServiceDirectoryTables({ 'organizations.csv': 'id,name\n"d9d5,Org' });
    expect(read.issues).toEqual([
      expect.objectContaining({ code: 'HSDS_DOCUMENT_UNREADABLE', path: 'organizations.csv' }),
    ]);
  });
});
