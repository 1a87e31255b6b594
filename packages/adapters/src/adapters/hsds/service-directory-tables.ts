import { parse } from 'csv-parse/sync';
import type { AdapterIssue } from '../../sdk/adapter.js';
import type { HsdsValidator } from './hsds-schema.js';
import { importServiceDirectory, type DirectoryImport } from './service-directory.js';

type Row = Record<string, unknown>;

/** The tables the directory reads, and the HSDS schema of each one's rows (its `path`). */
export const HSDS_TABLES = {
  'organizations.csv': 'organization',
  'organization_identifiers.csv': 'organization_identifier',
  'services.csv': 'service',
  'service_at_location.csv': 'service_at_location',
  'locations.csv': 'location',
  'addresses.csv': 'address',
  'languages.csv': 'language',
  'attributes.csv': 'attribute',
  'taxonomy_terms.csv': 'taxonomy_term',
} as const;
type TableName = keyof typeof HSDS_TABLES;

export interface TablesImportOptions {
  /** Validates each row against its table's HSDS 3.0 schema; create it with `coerceTypes`. */
  readonly validate?: HsdsValidator;
  readonly agencies?: Readonly<Record<string, string>>;
}

/** CSV text, or rows already parsed (HSDS's `tabular.json` holds the same tables as JSON). */
export type HsdsTable = string | readonly Row[];

function rowsOf(name: string, table: HsdsTable): Row[] | AdapterIssue {
  if (typeof table !== 'string') {
    return table.map((row) => ({ ...row }));
  }
  try {
    return parse(table, { bom: true, columns: true, skip_empty_lines: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : 'not CSV';
    return { code: 'HSDS_DOCUMENT_UNREADABLE', message, path: name };
  }
}

/** An empty CSV cell is an absent field, not an empty string (HSDS tabular convention). */
function withoutEmpty(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== '' && v !== null));
}

const by = (rows: readonly Row[], column: string): Map<unknown, Row[]> => {
  const index = new Map<unknown, Row[]>();
  for (const row of rows) {
    index.set(row[column], [...(index.get(row[column]) ?? []), row]);
  }
  return index;
};

/**
 * Reads the tabular form of HSDS 3.0 (one CSV per table, as `examples/csv/`) into the same
 * directory as the JSON form: services with their organization, locations, languages and
 * taxonomy attributes. A row that breaks its table's schema is refused with its file, line
 * and column, and is left out. Never throws.
 */
export function importServiceDirectoryTables(
  tables: Readonly<Partial<Record<TableName, HsdsTable>>>,
  options: TablesImportOptions = {},
): DirectoryImport {
  const issues: AdapterIssue[] = [];
  const read = {} as Record<TableName, Row[]>;
  for (const name of Object.keys(HSDS_TABLES) as TableName[]) {
    const table = tables[name];
    const rows = table === undefined ? [] : rowsOf(name, table);
    if (!Array.isArray(rows)) {
      issues.push(rows);
      read[name] = [];
      continue;
    }
    read[name] = rows.map(withoutEmpty).filter((row, i) => {
      const violations = options.validate?.(HSDS_TABLES[name], row) ?? [];
      for (const v of violations) {
        // Line 1 is the header.
        const column = v.path.split('/')[1] ?? '';
        issues.push({
          code: 'HSDS_SCHEMA_INVALID',
          message: `${name}: ${v.message}`,
          path: `${name}, line ${i + 2}${column === '' ? '' : `, column ${column}`}`,
        });
      }
      return violations.length === 0;
    });
  }
  const identifiers = by(read['organization_identifiers.csv'], 'organization_id');
  const services = by(read['services.csv'], 'organization_id');
  const atLocation = by(read['service_at_location.csv'], 'service_id');
  const locations = new Map(read['locations.csv'].map((l) => [l.id, l]));
  const addresses = by(read['addresses.csv'], 'location_id');
  const languages = by(read['languages.csv'], 'service_id');
  const attributes = by(read['attributes.csv'], 'link_id');
  const terms = new Map(read['taxonomy_terms.csv'].map((t) => [t.id, t]));
  const organizations = read['organizations.csv'].map((organization) => ({
    ...organization,
    organization_identifiers: identifiers.get(organization.id) ?? [],
    services: (services.get(organization.id) ?? []).map((service) => ({
      ...service,
      service_at_locations: (atLocation.get(service.id) ?? []).map((sal) => {
        const location = locations.get(sal.location_id);
        return {
          ...sal,
          ...(location !== undefined && {
            location: { ...location, addresses: addresses.get(location.id) ?? [] },
          }),
        };
      }),
      languages: languages.get(service.id) ?? [],
      attributes: (attributes.get(service.id) ?? []).map((attribute) => ({
        ...attribute,
        taxonomy_term: terms.get(attribute.taxonomy_term_id),
      })),
    })),
  }));
  // The rows are validated; the assembled objects go through the JSON reader unvalidated.
  const assembled = importServiceDirectory(JSON.stringify({ contents: organizations }), {
    ...(options.agencies !== undefined && { agencies: options.agencies }),
  });
  return { directory: assembled.directory, issues: [...issues, ...assembled.issues] };
}
