import { describe, expect, it } from 'vitest';
import type { CalendarDay } from './holidays';
import { asLocalDate, formatMoment, parseMoment, type Instant } from './local-date';
import { officeHoursFor } from './office-hours';
import { SAME_DAY_RULES, isCutoff, parseCutoff, sameDayDue, sameDayRuleOn, type SameDayRule } from './same-day';
import { calendarDaysForYears } from './schedules';
import { buildCalendar, type CalendarInput, type WorkingCalendar } from './working-calendar';
import { replayLegalClock, startLegalClock } from './legal-clock';

function calendar(input: Partial<CalendarInput> = {}): WorkingCalendar {
  const r = buildCalendar({ days: calendarDaysForYears(2024, 2034), ...input });
  if (!r.ok) throw new Error(r.code);
  return r.value;
}
const cal = calendar();
const t = (s: string): Instant => {
  const r = parseMoment(s.length === 16 ? `${s}:00+07:00` : `${s}+07:00`);
  if (!r.ok) throw new Error(s);
  return r.value;
};
const iso = (x: Instant) => formatMoment(x).slice(0, 16);
const minutes = (hhmm: string) => {
  const r = parseCutoff(hhmm);
  if (!r.ok) throw new Error(hhmm);
  return r.value;
};

// Decree 23/2015/NĐ-CP Art. 7 and the civil-status procedures of Law 60/2014/QH13 (docs/DOMAIN.md §3.9): received by
// 15:00 on a working day → the close of that day; after 15:00, or on a closed day → the close of the next working day.
describe('same-day due moment on the province calendar (cutoff 15:00, office 07:30–11:30, 13:30–17:30)', () => {
  it.each([
    ['2026-03-09T09:00', '15:00', '2026-03-09T17:30', 'same_day', 'Monday morning'],
    ['2026-03-09T14:59', '15:00', '2026-03-09T17:30', 'same_day', 'one minute before the cutoff'],
    ['2026-03-09T15:00', '15:00', '2026-03-09T17:30', 'same_day', 'exactly 15:00 is not "after 15:00"'],
    ['2026-03-09T15:00:01', '15:00', '2026-03-10T17:30', 'next_working_day', 'one second after the cutoff'],
    ['2026-03-09T15:01', '15:00', '2026-03-10T17:30', 'next_working_day', 'one minute after the cutoff'],
    ['2026-03-09T12:00', '15:00', '2026-03-09T17:30', 'same_day', 'lunch break of a working day'],
    ['2026-03-09T06:30', '15:00', '2026-03-09T17:30', 'same_day', 'before the office opens'],
    ['2026-03-09T18:00', '15:00', '2026-03-10T17:30', 'next_working_day', 'after the close'],
    ['2026-03-13T16:00', '15:00', '2026-03-16T17:30', 'next_working_day', 'Friday after the cutoff → Monday'],
    ['2026-03-07T10:00', '15:00', '2026-03-09T17:30', 'next_working_day', 'a Saturday → Monday'],
    ['2026-03-08T08:00', '15:00', '2026-03-09T17:30', 'next_working_day', 'a Sunday → Monday'],
    ['2026-04-30T09:00', '15:00', '2026-05-04T17:30', 'next_working_day', 'holiday 30/4/2026 (1/5 too, then a weekend)'],
    ['2026-04-27T09:00', '15:00', '2026-04-28T17:30', 'next_working_day', 'compensatory Monday 27/4/2026'],
    ['2026-02-13T14:00', '15:00', '2026-02-13T17:30', 'same_day', 'the day before Tết 2026, before the cutoff'],
    ['2026-02-13T15:30', '15:00', '2026-02-23T17:30', 'next_working_day', 'the day before Tết 2026, after the cutoff → after Tết'],
    ['2026-02-17T09:00', '15:00', '2026-02-23T17:30', 'next_working_day', 'during Tết 2026'],
    ['2025-01-24T16:00', '15:00', '2025-02-03T17:30', 'next_working_day', 'the day before Tết 2025, after the cutoff'],
    ['2025-04-25T15:30', '15:00', '2025-04-26T17:30', 'next_working_day', 'Friday → make-up Saturday 26/4/2025'],
    ['2025-04-26T10:00', '15:00', '2025-04-26T17:30', 'same_day', 'on the make-up Saturday itself'],
    ['2025-04-29T16:00', '15:00', '2025-05-05T17:30', 'next_working_day', '30/4, 1/5, swapped 2/5 and the weekend skipped'],
    ['2026-08-21T16:00', '15:00', '2026-08-22T17:30', 'next_working_day', 'Friday → make-up Saturday 22/8/2026'],
    ['2025-12-31T15:30', '15:00', '2026-01-02T17:30', 'next_working_day', 'across New Year'],
    ['2026-03-09T15:30', '16:00', '2026-03-09T17:30', 'same_day', 'a procedure with a 16:00 cutoff'],
    ['2026-03-09T10:00', '09:30', '2026-03-10T17:30', 'next_working_day', 'a procedure with a 09:30 cutoff'],
  ])('received %s, cutoff %s → due %s (%s; %s)', (received, cutoff, due, resolvedOn) => {
    const r = sameDayDue(cal, t(received), minutes(cutoff));
    expect({ due: iso(r.dueAt), resolvedOn: r.resolvedOn }).toEqual({ due, resolvedOn });
  });
});

describe('same-day due moment in a unit with its own office hours', () => {
  // A commune open 07:00–11:00 and 13:00–14:30 on weekdays and 07:30–11:30 on Saturdays.
  const weekdays = officeHoursFor(
    [1, 2, 3, 4, 5],
    [
      { start: '07:00', end: '11:00' },
      { start: '13:00', end: '14:30' },
    ],
  );
  const hours = { ...weekdays, weekly: { ...weekdays.weekly, 6: [{ start: '07:30', end: '11:30' }] } };
  const closure: CalendarDay = {
    date: asLocalDate('2026-03-11'),
    kind: 'local_closure',
    name: 'Nghỉ do bão',
    legalRef: 'QĐ thử',
    status: 'confirmed',
    unitId: 'xa-1',
  };
  const own = calendar({ officeHours: hours, days: [...calendarDaysForYears(2024, 2034), closure], unitId: 'xa-1' });

  it.each([
    ['2026-03-09T10:00', '2026-03-09T14:30', 'before the cutoff → its own close at 14:30'],
    ['2026-03-09T14:45', '2026-03-10T14:30', 'before 15:00 but after its close → next working day'],
    ['2026-03-14T10:00', '2026-03-14T11:30', 'its Saturday morning is a working day'],
    ['2026-03-14T12:00', '2026-03-16T14:30', 'Saturday after its close → Monday'],
    ['2026-03-10T16:00', '2026-03-12T14:30', 'its local closure on 11/3 is skipped'],
  ])('received %s → due %s (%s)', (received, due) => {
    expect(iso(sameDayDue(own, t(received), minutes('15:00')).dueAt)).toBe(due);
  });
});

describe('cutoff values', () => {
  it.each([
    ['15:00', 900],
    ['00:00', 0],
    ['23:59', 1439],
    ['09:05', 545],
  ])('%s is %i minutes', (s, m) => {
    expect(parseCutoff(s)).toEqual({ ok: true, value: m });
    expect(isCutoff(s)).toBe(true);
  });
  it.each(['24:00', '15', '15h', '3pm', '15:60', '7:30', '', ' 15:00', '15:00:00'])('refuses %j', (s) => {
    expect(parseCutoff(s)).toMatchObject({ ok: false, code: 'INVALID_CUTOFF' });
    expect(isCutoff(s)).toBe(false);
  });
});

describe('the same-day rule is data chosen by date', () => {
  it('15:00 since Decree 23/2015 took effect, with its legal reference', () => {
    expect(sameDayRuleOn(asLocalDate('2026-03-09'))).toMatchObject({ defaultCutoff: '15:00', legalRef: expect.stringMatching(/23\/2015/) });
    expect(SAME_DAY_RULES[0]?.validFrom).toBe('2015-04-10');
  });
  it('a later version applies from its first day', () => {
    const rules: SameDayRule[] = [
      { validFrom: asLocalDate('2015-04-10'), validTo: asLocalDate('2026-12-31'), defaultCutoff: '15:00', legalRef: 'A' },
      { validFrom: asLocalDate('2027-01-01'), validTo: null, defaultCutoff: '16:00', legalRef: 'B' },
    ];
    expect(sameDayRuleOn(asLocalDate('2026-12-31'), rules).defaultCutoff).toBe('15:00');
    expect(sameDayRuleOn(asLocalDate('2027-01-01'), rules).defaultCutoff).toBe('16:00');
    expect(sameDayRuleOn(asLocalDate('2010-01-01'), rules).defaultCutoff).toBe('15:00');
  });
});

describe('the legal clock of a same-day dossier', () => {
  it.each<[string, string | undefined, string, string]>([
    ['2026-03-09T14:00', undefined, '2026-03-09T17:30', 'default cutoff from the rule'],
    ['2026-03-09T15:30', undefined, '2026-03-10T17:30', 'after the default cutoff'],
    ['2026-03-09T15:30', '16:00', '2026-03-09T17:30', "the procedure's own cutoff"],
    ['2026-02-13T15:30', '15:00', '2026-02-23T17:30', 'across Tết 2026'],
  ])('received %s (cutoff %s) → due %s (%s)', (received, cutoff, due) => {
    const r = startLegalClock(cal, t(received), { amount: 0, unit: 'same_day', ...(cutoff ? { cutoff } : {}) });
    if (!r.ok) throw new Error(r.code);
    expect(r.value.dueAt.slice(0, 16)).toBe(due);
    expect(r.value.processingTime).toEqual({ amount: 0, unit: 'same_day', cutoff: cutoff ?? '15:00' });
  });

  it('is timed like any other dossier: on time by the close, late after it, a supplement pause moves the due', () => {
    const onTime = replayLegalClock(cal, t('2026-03-09T10:00'), { amount: 0, unit: 'same_day' }, [
      { type: 'finished', at: t('2026-03-09T17:00') },
    ]);
    expect(onTime).toMatchObject({ ok: true, value: { timeliness: 'on_time' } });
    const late = replayLegalClock(cal, t('2026-03-09T10:00'), { amount: 0, unit: 'same_day' }, [
      { type: 'finished', at: t('2026-03-10T08:00') },
    ]);
    expect(late).toMatchObject({ ok: true, value: { timeliness: 'late' } });
    const paused = replayLegalClock(cal, t('2026-03-09T10:00'), { amount: 0, unit: 'same_day' }, [
      { type: 'supplement_requested', at: t('2026-03-09T11:00') },
      { type: 'resubmitted', at: t('2026-03-10T08:00') },
    ]);
    // Paused 11:00–11:30 and 13:30–17:30 on 9/3, 07:30–08:00 on 10/3 = 300 working minutes after 17:30 on 9/3 → 14:30 on 10/3.
    expect(paused).toMatchObject({ ok: true, value: { pausedWorkingMinutes: 300, originalDueAt: '2026-03-10T14:30:00+07:00' } });
  });

  it('refuses a cutoff that is not a time of day', () => {
    expect(startLegalClock(cal, t('2026-03-09T10:00'), { amount: 0, unit: 'same_day', cutoff: '25:00' })).toMatchObject({
      ok: false,
      code: 'INVALID_PROCESSING_TIME',
    });
  });
});
