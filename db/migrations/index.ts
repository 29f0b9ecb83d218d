import type { Migration, MigrationProvider } from 'kysely';
import * as m2026112500 from './2026112500_foundation';

// Static list: Kysely's file provider cannot load .ts under vitest on Node 20. Append only.
const MIGRATIONS: Record<string, Migration> = {
  '2026112500_foundation': m2026112500,
};

/** Supplies the append-only migration list to Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
