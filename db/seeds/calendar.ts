import { sql, type Kysely, type Transaction } from 'kysely';
import { ANNOUNCED_SCHEDULES, proposeHolidays, type CalendarDay } from '@core/calendar';
import type { DB } from '@db/types';

/** A demo local closure (e.g. a flood day) for a unit of the demo organisation. */
export type SeedClosure = { unitId: string; date: string; name: string; legalRef: string };

/** Options of seedCalendar. */
export type SeedCalendarOptions = {
  /** Years that get the statutory proposal when they hold no province-wide entry (default 2027–2030). */
  proposeFrom?: number;
  proposeTo?: number;
  /** Local closures to add (demo data); skipped when the unit already has an entry on that date. */
  closures?: readonly SeedClosure[];
};

const rowOf = (d: CalendarDay) => ({
  date: d.date,
  kind: d.kind,
  name: d.name,
  nameEn: d.nameEn ?? null,
  legalRef: d.legalRef,
  status: d.status,
  unitId: null,
});

async function nationalCount(trx: Kysely<DB> | Transaction<DB>, year: number): Promise<number> {
  const r = await trx
    .selectFrom('calendarDays')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unitId', 'is', null)
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Idempotent calendar seed: the announced schedules held in core (2025, 2026, with their notices) for years that
 * have no province-wide entry yet, statutory proposals for later years, and optional demo closures. Migration
 * 2026112503 already stores the same reference data, so on a migrated database this adds only what is missing.
 * Returns the number of entries added.
 */
export async function seedCalendar(trx: Kysely<DB> | Transaction<DB>, opts: SeedCalendarOptions = {}): Promise<number> {
  let added = 0;
  for (const s of ANNOUNCED_SCHEDULES) {
    if ((await nationalCount(trx, s.year)) === 0 && s.days.length) {
      await trx.insertInto('calendarDays').values(s.days.map(rowOf)).execute();
      added += s.days.length;
    }
    for (const n of s.notices) {
      await trx
        .insertInto('calendarNotices')
        .values({ year: s.year, ref: n.ref, issuedOn: n.issuedOn ?? null, covers: n.covers, source: n.source })
        .onConflict((oc) => oc.columns(['year', 'ref']).doNothing())
        .execute();
    }
  }
  for (let y = opts.proposeFrom ?? 2027; y <= (opts.proposeTo ?? 2030); y++) {
    if ((await nationalCount(trx, y)) > 0) continue;
    const days = proposeHolidays(y);
    await trx.insertInto('calendarDays').values(days.map(rowOf)).execute();
    added += days.length;
  }
  for (const c of opts.closures ?? []) {
    const r = await trx
      .insertInto('calendarDays')
      .values({ date: c.date, kind: 'local_closure', name: c.name, legalRef: c.legalRef, status: 'confirmed', unitId: c.unitId })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (r) added++;
  }
  // Every process rebuilds its in-memory calendar when the version moves.
  if (added > 0) await sql`UPDATE calendar_state SET version = version + 1`.execute(trx);
  return added;
}
