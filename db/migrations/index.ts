import type { Migration, MigrationProvider } from 'kysely';
import * as m2026112500 from './2026112500_foundation';
import * as m2026112502 from './2026112502_units_closing';
import * as m2026112503 from './2026112503_calendar';
import * as m2026112504 from './2026112504_one_stop';
import * as m2026112508 from './2026112508_dossier_stats';
import * as m2026112509 from './2026112509_dossier_counts';
import * as m2026112510 from './2026112510_targets';
import * as m2026112511 from './2026112511_public_lookup';
import * as m2026112612 from './2026112612_dossier_counts_by_procedure';
import * as m2026112613 from './2026112613_repeated_supplements';
import * as m2026112614 from './2026112614_dossier_search';
import * as m2026112615 from './2026112615_dossier_search_fill';
import * as m2026112616 from './2026112616_catalog_version';
import * as m2026120701 from './2026120701_calendar_legal_refs_vi';
import * as m2026120810 from './2026120810_dossier_result_kind';
import * as m2026120811 from './2026120811_procedure_payment_pause';
import * as m2026120830 from './2026120830_same_day_procedures';
import * as m2026120850 from './2026120850_counter_outcomes';
import * as m2026120851 from './2026120851_online_completion';
import * as m2026120860a from './2026120860_stats_rule_sets';
import * as m2026120860b from './2026120860_stats_rule_sets_locks';
import * as m2026120870 from './2026120870_login_throttle';
import * as m2026120875 from './2026120875_dossier_lookup_key';
import * as m2026120875i from './2026120875_idempotency_keys';
import * as m2026120880 from './2026120880_search_fold';
import * as m2026120890 from './2026120890_targets_sources_vi';
import * as m2026120891 from './2026120891_idempotency_completion_token';
import * as m2026120900 from './2026120900_stats_extra';
import * as m2026120910 from './2026120910_lookup_pause_apology';
import * as m2026120920 from './2026120920_dossier_file_scans';
import * as m2026120930 from './2026120930_audit_entity_label';
import * as m2026120960 from './2026120960_events_ended_idx';
import * as m2026120961 from './2026120961_rules_cover_idx';

// Static list: Kysely's file provider cannot load .ts under vitest on Node 20. Append only.
const MIGRATIONS: Record<string, Migration> = {
  '2026112500_foundation': m2026112500,
  '2026112502_units_closing': m2026112502,
  '2026112503_calendar': m2026112503,
  '2026112504_one_stop': m2026112504,
  '2026112508_dossier_stats': m2026112508,
  '2026112509_dossier_counts': m2026112509,
  '2026112510_targets': m2026112510,
  '2026112511_public_lookup': m2026112511,
  '2026112612_dossier_counts_by_procedure': m2026112612,
  '2026112613_repeated_supplements': m2026112613,
  '2026112614_dossier_search': m2026112614,
  '2026112615_dossier_search_fill': m2026112615,
  '2026112616_catalog_version': m2026112616,
  '2026120701_calendar_legal_refs_vi': m2026120701,
  '2026120810_dossier_result_kind': m2026120810,
  '2026120811_procedure_payment_pause': m2026120811,
  '2026120830_same_day_procedures': m2026120830,
  '2026120850_counter_outcomes': m2026120850,
  '2026120851_online_completion': m2026120851,
  '2026120860_stats_rule_sets': m2026120860a,
  '2026120860_stats_rule_sets_locks': m2026120860b,
  '2026120870_login_throttle': m2026120870,
  '2026120875_dossier_lookup_key': m2026120875,
  '2026120875_idempotency_keys': m2026120875i,
  '2026120880_search_fold': m2026120880,
  '2026120890_targets_sources_vi': m2026120890,
  '2026120891_idempotency_completion_token': m2026120891,
  '2026120900_stats_extra': m2026120900,
  '2026120910_lookup_pause_apology': m2026120910,
  '2026120920_dossier_file_scans': m2026120920,
  '2026120930_audit_entity_label': m2026120930,
  '2026120960_events_ended_idx': m2026120960,
  '2026120961_rules_cover_idx': m2026120961,
};

/** Supplies the append-only migration list to Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
