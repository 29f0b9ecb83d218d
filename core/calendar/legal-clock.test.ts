import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyClockEvent,
  canExtend,
  classifyTimeliness,
  isOverdue,
  replayLegalClock,
  startLegalClock,
  timeliness766,
  type ClockEvent,
  type LegalClock,
} from './legal-clock';
import { asLocalDate, dateOf, momentAt, parseMoment } from './local-date';
import { calendarDaysForYears } from './schedules';
import { buildCalendar, type WorkingCalendar } from './working-calendar';

const built = buildCalendar({ days: calendarDaysForYears(2024, 2034) });
if (!built.ok) throw new Error(built.code);
const cal: WorkingCalendar = built.value;
const T = (s: string): string => `${s}:00+07:00`; // 'YYYY-MM-DDTHH:mm' → ISO at +07:00

function replay(received: string, amount: number, events: ClockEvent[]): LegalClock {
  const r = replayLegalClock(cal, T(received), { amount, unit: 'working_day' }, events);
  if (!r.ok) throw new Error(`${r.code} ${JSON.stringify(r.details)}`);
  return r.value;
}

describe('due moment at receipt', () => {
  it.each([
    ['2025-01-06T09:00', 5, '2025-01-13T09:00:00+07:00', '2025-01-06T09:00:00+07:00'],
    ['2025-01-24T16:59', 1, '2025-02-03T16:59:00+07:00', '2025-01-24T16:59:00+07:00'],
    ['2025-01-24T17:31', 1, '2025-02-04T07:30:00+07:00', '2025-02-03T07:30:00+07:00'],
    ['2025-01-25T10:00', 3, '2025-02-06T07:30:00+07:00', '2025-02-03T07:30:00+07:00'],
    ['2025-12-31T15:00', 2, '2026-01-05T15:00:00+07:00', '2025-12-31T15:00:00+07:00'],
  ])('received %s, %i working days → due %s', (received, amount, due, countingFrom) => {
    const c = replay(received, amount, []);
    expect(c).toMatchObject({ statutoryDueAt: due, originalDueAt: due, dueAt: due, countingFrom, status: 'running' });
  });

  it('accepts other offsets and outputs +07:00', () => {
    const r = startLegalClock(cal, '2025-01-06T02:00:00Z', { amount: 16, unit: 'working_hour' });
    expect(r).toMatchObject({ ok: true, value: { receivedAt: '2025-01-06T09:00:00+07:00', dueAt: '2025-01-08T09:00:00+07:00' } });
  });

  it.each([
    ['not-a-date', { amount: 1, unit: 'working_day' as const }, 'INVALID_MOMENT'],
    ['2025-01-06T09:00:00+07:00', { amount: -1, unit: 'working_day' as const }, 'INVALID_PROCESSING_TIME'],
    ['2025-01-06T09:00:00+07:00', { amount: 1, unit: 'fortnight' as never }, 'INVALID_PROCESSING_TIME'],
    ['2150-01-06T09:00:00+07:00', { amount: 1, unit: 'working_day' as const }, 'OUT_OF_CALENDAR_RANGE'],
  ])('refuses %s %o with %s', (received, time, code) => {
    expect(startLegalClock(cal, received, time)).toMatchObject({ ok: false, code });
  });
});

describe('supplement pauses', () => {
  it('a pause spanning Tết 2025 moves the due moment by its working time only (2 days, not 11)', () => {
    const c = replay('2025-01-20T09:00', 5, [
      { type: 'supplement_requested', at: T('2025-01-24T10:00') },
      { type: 'resubmitted', at: T('2025-02-04T10:00') },
    ]);
    expect(c.statutoryDueAt).toBe('2025-02-03T09:00:00+07:00');
    expect(c.pausedWorkingMinutes).toBe(960);
    expect(c.pauses).toEqual([
      { kind: 'supplement', from: '2025-01-24T10:00:00+07:00', to: '2025-02-04T10:00:00+07:00', workingMinutes: 960 },
    ]);
    expect(c.originalDueAt).toBe('2025-02-05T09:00:00+07:00');
    expect(c.dueAt).toBe('2025-02-05T09:00:00+07:00');
  });

  it('a pause over the National Day 2026 swap skips 31/8–2/9 but counts Saturday 22/8', () => {
    const c = replay('2026-08-17T09:00', 10, [
      { type: 'supplement_requested', at: T('2026-08-21T09:00') },
      { type: 'resubmitted', at: T('2026-09-03T09:00') },
    ]);
    // Paused working days: Fri 21/8, Sat 22/8 (make-up), Mon 24–Fri 28/8 = 7 days.
    expect(c.pausedWorkingMinutes).toBe(7 * 480);
  });

  it('shows paused state and keeps the last computed due while waiting', () => {
    const c = replay('2025-03-03T09:00', 5, [{ type: 'supplement_requested', at: T('2025-03-04T09:00') }]);
    expect(c).toMatchObject({ status: 'paused', supplementCount: 1, dueAt: '2025-03-10T09:00:00+07:00' });
    expect(isOverdue(c, T('2025-03-20T09:00'))).toBe(false);
  });

  it.each<[string, ClockEvent[], string]>([
    ['resubmission without a request', [{ type: 'resubmitted', at: T('2025-03-04T09:00') }], 'NOT_PAUSED'],
    [
      'a second request while one is pending',
      [
        { type: 'supplement_requested', at: T('2025-03-04T09:00') },
        { type: 'supplement_requested', at: T('2025-03-05T09:00') },
      ],
      'ALREADY_PAUSED',
    ],
    ['an event before receipt', [{ type: 'finished', at: T('2025-03-02T09:00') }], 'EVENT_BEFORE_RECEIPT'],
    [
      'events out of order',
      [
        { type: 'supplement_requested', at: T('2025-03-05T09:00') },
        { type: 'resubmitted', at: T('2025-03-04T09:00') },
      ],
      'EVENT_OUT_OF_ORDER',
    ],
    [
      'an event after finishing',
      [
        { type: 'finished', at: T('2025-03-04T09:00') },
        { type: 'supplement_requested', at: T('2025-03-05T09:00') },
      ],
      'CASE_FINISHED',
    ],
    ['a bad moment', [{ type: 'finished', at: '04/03/2025' }], 'INVALID_MOMENT'],
  ])('refuses %s', (_label, events, code) => {
    const r = replayLegalClock(cal, T('2025-03-03T09:00'), { amount: 5, unit: 'working_day' }, events);
    expect(r).toMatchObject({ ok: false, code });
  });
});

describe('extension (apology letter)', () => {
  const base = replay('2025-01-06T09:00', 5, []); // due Mon 13/1/2025 09:00

  it('is refused when issued less than 1 working day before the due moment', () => {
    const r = applyClockEvent(cal, base, { type: 'extension_issued', at: T('2025-01-10T10:00'), newDueAt: T('2025-01-15T17:00') });
    expect(r).toMatchObject({ ok: false, code: 'EXTENSION_TOO_LATE' });
    expect(canExtend(cal, base, T('2025-01-13T08:00'), T('2025-01-15T17:00'))).toMatchObject({ ok: false, code: 'EXTENSION_TOO_LATE' });
  });

  it('is accepted exactly 1 working day before, once only', () => {
    const r = applyClockEvent(cal, base, { type: 'extension_issued', at: T('2025-01-10T09:00'), newDueAt: T('2025-01-15T17:00') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      originalDueAt: '2025-01-13T09:00:00+07:00',
      dueAt: '2025-01-15T17:00:00+07:00',
      extension: {
        issuedAt: '2025-01-10T09:00:00+07:00',
        previousDueAt: '2025-01-13T09:00:00+07:00',
        newDueAt: '2025-01-15T17:00:00+07:00',
      },
    });
    const again = applyClockEvent(cal, r.value, { type: 'extension_issued', at: T('2025-01-13T08:00'), newDueAt: T('2025-01-20T17:00') });
    expect(again).toMatchObject({ ok: false, code: 'EXTENSION_ALREADY_GRANTED' });
    const done = applyClockEvent(cal, r.value, { type: 'finished', at: T('2025-01-14T10:00') });
    expect(done).toMatchObject({ ok: true, value: { timeliness: 'late', timelinessWithExtension: 'early' } });
  });

  it('counts working time, so a letter on Saturday before a Monday-evening due is in time', () => {
    const c = replay('2025-03-10T17:30', 5, []); // counts from Tue 11/3 07:30 → due Tue 18/3 07:30
    expect(c.dueAt).toBe('2025-03-18T07:30:00+07:00');
    expect(canExtend(cal, c, T('2025-03-15T10:00'), T('2025-03-20T17:30')).ok).toBe(true);
    expect(canExtend(cal, c, T('2025-03-17T08:00'), T('2025-03-20T17:30'))).toMatchObject({ ok: false, code: 'EXTENSION_TOO_LATE' });
  });

  it.each([
    [T('2025-01-12T17:00'), 'EXTENSION_NOT_LATER'],
    [T('2025-01-18T10:00'), 'EXTENSION_DUE_NOT_WORKING_DAY'],
    ['2025-01-18', 'INVALID_MOMENT'],
  ])('refuses new due %s with %s', (newDueAt, code) => {
    expect(applyClockEvent(cal, base, { type: 'extension_issued', at: T('2025-01-08T09:00'), newDueAt })).toMatchObject({
      ok: false,
      code,
    });
  });

  it('is refused while waiting for a supplement; later pauses move the extended due', () => {
    const paused = applyClockEvent(cal, base, { type: 'supplement_requested', at: T('2025-01-07T09:00') });
    if (!paused.ok) throw new Error(paused.code);
    expect(
      applyClockEvent(cal, paused.value, { type: 'extension_issued', at: T('2025-01-07T10:00'), newDueAt: T('2025-01-20T09:00') }),
    ).toMatchObject({
      ok: false,
      code: 'CASE_PAUSED',
    });
    const c = replay('2025-01-06T09:00', 5, [
      { type: 'extension_issued', at: T('2025-01-08T09:00'), newDueAt: T('2025-01-16T09:00') },
      { type: 'supplement_requested', at: T('2025-01-09T09:00') },
      { type: 'resubmitted', at: T('2025-01-10T09:00') },
    ]);
    expect(c.originalDueAt).toBe('2025-01-14T09:00:00+07:00');
    expect(c.dueAt).toBe('2025-01-17T09:00:00+07:00');
  });
});

describe('timeliness of a finished dossier', () => {
  it.each([
    ['2025-01-10T17:00', 'early'],
    ['2025-01-13T07:45', 'on_time'],
    ['2025-01-13T09:00', 'on_time'],
    ['2025-01-13T09:01', 'late'],
    ['2025-01-14T08:00', 'late'],
  ])('due 13/1/2025 09:00, finished %s → %s', (finished, expected) => {
    const c = replay('2025-01-06T09:00', 5, [{ type: 'finished', at: T(finished) }]);
    expect(c.timeliness).toBe(expected);
    expect(c.status).toBe('finished');
    expect(c.timelinessWithExtension).toBeNull();
  });

  it('finishing while paused closes the pause at the finish', () => {
    const c = replay('2025-01-06T09:00', 5, [
      { type: 'supplement_requested', at: T('2025-01-10T09:00') },
      { type: 'finished', at: T('2025-01-20T09:00') },
    ]);
    expect(c.pausedWorkingMinutes).toBe(6 * 480);
    // Due moves 13/1 09:00 → 21/1 09:00; like 766's "request date counts as the end" (10/1 < 13/1), this is early.
    expect(c.originalDueAt).toBe('2025-01-21T09:00:00+07:00');
    expect(c.timeliness).toBe('early');
  });

  it('Decision 766 counts more than one supplement request as late', () => {
    const c = replay('2025-01-06T09:00', 5, [
      { type: 'supplement_requested', at: T('2025-01-07T09:00') },
      { type: 'resubmitted', at: T('2025-01-08T09:00') },
      { type: 'supplement_requested', at: T('2025-01-09T09:00') },
      { type: 'resubmitted', at: T('2025-01-10T09:00') },
      { type: 'finished', at: T('2025-01-13T09:00') },
    ]);
    expect(c.supplementCount).toBe(2);
    expect(c.timeliness).toBe('early');
    expect(timeliness766(c)).toBe('late');
    expect(timeliness766(replay('2025-01-06T09:00', 5, []))).toBeNull();
  });

  it('isOverdue compares with the original due by default', () => {
    const c = replay('2025-01-06T09:00', 5, []);
    expect(isOverdue(c, T('2025-01-13T09:00'))).toBe(false);
    expect(isOverdue(c, T('2025-01-13T09:01'))).toBe(true);
  });

  it('classifyTimeliness is consistent with the due moment (property)', () => {
    const due = momentAt(asLocalDate('2025-06-10'), '10:00');
    fc.assert(
      fc.property(fc.integer({ min: -10 * 86_400_000, max: 10 * 86_400_000 }), (delta) => {
        const f = due + delta;
        const k = classifyTimeliness(f, due);
        if (f > due) return k === 'late';
        return dateOf(f) < dateOf(due) ? k === 'early' : k === 'on_time';
      }),
    );
  });

  it('pauses never make a due date fall on a non-working day (property)', () => {
    const start = parseMoment('2025-01-01T00:00:00+07:00');
    const s0 = start.ok ? start.value : 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 365 * 1440 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 20 * 1440 }),
        fc.integer({ min: 1, max: 40 * 1440 }),
        (recMin, days, pauseAfterMin, pauseLenMin) => {
          const received = s0 + recMin * 60_000;
          const from = received + pauseAfterMin * 60_000;
          const r = replayLegalClock(cal, received, { amount: days, unit: 'working_day' }, [
            { type: 'supplement_requested', at: from },
            { type: 'resubmitted', at: from + pauseLenMin * 60_000 },
          ]);
          if (!r.ok) return false;
          const due = parseMoment(r.value.dueAt);
          return due.ok && cal.isWorkingDay(dateOf(due.value));
        },
      ),
      { numRuns: 500 },
    );
  });
});
