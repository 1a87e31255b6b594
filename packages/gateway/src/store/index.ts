export { openSqliteStore, migrateStore, type Store } from './open-store.js';
export { GatewayMigrations } from './migrations/index.js';
export { GatewayStore, type Acceptance } from './gateway-store.js';
export type { SqlDialectName, StoreDialect } from './dialect.js';
export type * from './tables.js';
