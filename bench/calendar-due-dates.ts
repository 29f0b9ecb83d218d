// Bench: 1,000,000 due-date computations over a ten-year working calendar (2025–2034: announced schedules + proposals).
import { pathToFileURL } from 'node:url';
import { asLocalDate, buildCalendar, calendarDaysForYears, parseMoment, type CountedUnit } from '../core/calendar/index';

const CASES = 1_000_000;
const UNITS: readonly CountedUnit[] = ['working_day', 'working_hour', 'calendar_day'];

/** Builds the 2025–2034 calendar and times 1,000,000 addWorking calls with varied receipts, amounts and units. */
export async function benchCalendarDueDates(): Promise<{ name: string; cases: number; ms: number; perSecond: number }> {
  const range = { from: asLocalDate('2025-01-01'), to: asLocalDate('2034-12-31') };
  const built = buildCalendar({ days: calendarDaysForYears(2025, 2034), range });
  if (!built.ok) throw new Error(`calendar: ${built.code}`);
  const cal = built.value;
  const from = parseMoment('2025-01-01T00:00:00+07:00');
  const to = parseMoment('2033-12-31T23:59:00+07:00');
  if (!from.ok || !to.ok) throw new Error('bad bench range');

  // Deterministic inputs (LCG), prepared before timing: any minute of the day, including nights, weekends and holidays.
  const received = new Float64Array(CASES);
  const amounts = new Float64Array(CASES);
  const units = new Uint8Array(CASES);
  let seed = 0x2025_0101;
  const next = (): number => {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return seed / 4_294_967_296;
  };
  const spanMinutes = Math.floor((to.value - from.value) / 60_000);
  for (let i = 0; i < CASES; i++) {
    received[i] = from.value + Math.floor(next() * spanMinutes) * 60_000;
    const u = Math.floor(next() * 3);
    units[i] = u;
    amounts[i] = u === 1 ? 1 + Math.floor(next() * 240) : 1 + Math.floor(next() * 45); // 1–240 h; 1–45 days
  }

  let checksum = 0;
  const started = performance.now();
  for (let i = 0; i < CASES; i++) {
    checksum += cal.addWorking(received[i] ?? 0, amounts[i] ?? 1, UNITS[units[i] ?? 0] ?? 'working_day') % 997;
  }
  const ms = performance.now() - started;
  if (!Number.isFinite(checksum)) throw new Error('bench produced a non-finite checksum');
  await Promise.resolve();
  return { name: 'calendar-due-dates', cases: CASES, ms: Math.round(ms * 10) / 10, perSecond: Math.round((CASES / ms) * 1000) };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  benchCalendarDueDates().then(
    (r) => console.log(JSON.stringify(r)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
