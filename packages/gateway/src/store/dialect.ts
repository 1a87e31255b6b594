/** The SQL databases the gateway runs on: embedded SQLite, or PostgreSQL for many processes. */
export type SqlDialectName = 'sqlite' | 'postgres';

/**
 * Everything that differs between the two databases, in one place; the queries themselves
 * are the same Kysely code on both.
 */
export interface StoreDialect {
  name: SqlDialectName;
  /** Byte columns: SQLite `blob`, PostgreSQL `bytea`. */
  bytesType: 'blob' | 'bytea';
  /**
   * Whether row claims can skip rows another transaction holds (`FOR UPDATE SKIP LOCKED`).
   * SQLite has one writer at a time and no row locks: it claims by lease alone.
   */
  skipLocked: boolean;
  /** Was this error a unique-key violation (two writers inserting the same key)? */
  isUniqueViolation(error: unknown): boolean;
}

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

export const SQLITE_DIALECT: StoreDialect = {
  name: 'sqlite',
  bytesType: 'blob',
  skipLocked: false,
  isUniqueViolation: (error) => {
    const code = codeOf(error);
    return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
  },
};

export const POSTGRES_DIALECT: StoreDialect = {
  name: 'postgres',
  bytesType: 'bytea',
  skipLocked: true,
  // SQLSTATE 23505 unique_violation.
  isUniqueViolation: (error) => codeOf(error) === '23505',
};
