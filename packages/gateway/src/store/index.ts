export { openSqliteStore, type Store } from './open-store.js';
export { GatewayMigrations, type SqlDialectName } from './migrations/index.js';
export type * from './tables.js';
