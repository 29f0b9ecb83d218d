import type { Kysely } from 'kysely';
import type { CounterOutcomeCountsView } from '@contracts/counter-outcomes';
import type { DB } from '@db/types';
import { counterOutcomeCounts } from '../counter-outcomes/counter-outcomes.service';
import { subtreeIds } from '../units/units.service';
import type { StatsScope } from './dossier-stats.repo';

// "Hướng dẫn, từ chối tại quầy" (issue #14 point 2): counter outcomes of the report's subtree (by receiving unit) over
// the period, a section of its own: they are not dossiers and never enter the timeliness figures.

/** The counter outcomes of a report's scope and period, by kind. */
export async function counterOutcomesOf(db: Kysely<DB>, s: StatsScope): Promise<CounterOutcomeCountsView> {
  const unitIds = [...(await subtreeIds(db, [s.rootId]))];
  return counterOutcomeCounts(db, { unitIds, from: s.start, to: s.end, procedureId: s.procedureId, sector: s.sector });
}
