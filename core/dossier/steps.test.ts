import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarDaysForYears, parseMoment, type WorkingCalendar } from '../calendar';
import { previousStep, stepDues, stepState, validateRoute, withNoteLine } from './index';

const built = buildCalendar({ days: calendarDaysForYears(2025, 2027) });
if (!built.ok) throw new Error('calendar');
const cal: WorkingCalendar = built.value;
const t = (s: string) => {
  const r = parseMoment(s);
  if (!r.ok) throw new Error(s);
  return r.value;
};

describe('route and step deadlines', () => {
  const route = [
    { position: 1, unitId: 'TT', name: 'Tiếp nhận', timeShare: 0.1 },
    { position: 2, unitId: 'STP', name: 'Thẩm định', timeShare: 0.7 },
    { position: 3, unitId: 'TT', name: 'Trả kết quả', timeShare: 0.2 },
  ];
  it('splits 10 working days by shares, the last step ending at the dossier due', () => {
    const received = t('2026-03-02T09:00:00+07:00');
    const due = cal.addWorking(received, 10, 'working_day');
    const steps = stepDues(cal, received, { amount: 10, unit: 'working_day' }, due, route);
    expect(steps.map((s) => s.dueAt)).toEqual(['2026-03-03T09:00:00+07:00', '2026-03-12T09:00:00+07:00', '2026-03-16T09:00:00+07:00']);
  });
  it('rounds calendar-day shares to whole days', () => {
    const received = t('2026-03-02T09:00:00+07:00');
    const due = cal.addWorking(received, 15, 'calendar_day');
    const steps = stepDues(cal, received, { amount: 15, unit: 'calendar_day' }, due, route);
    expect(steps).toHaveLength(3);
    expect(t(steps[2]?.dueAt ?? '')).toBe(due);
    for (const s of steps) expect(t(s.dueAt)).toBeLessThanOrEqual(due);
  });
  // docs/DOMAIN.md §3.9: a same-day procedure's steps share the office time from receipt to its close.
  it.each([
    ['2026-03-02T09:00:00+07:00', '2026-03-02T17:30:00+07:00', ['2026-03-02T09:39:00+07:00', '2026-03-02T16:12:00+07:00']],
    ['2026-03-02T16:00:00+07:00', '2026-03-03T17:30:00+07:00', ['2026-03-02T16:57:00+07:00', '2026-03-03T15:36:00+07:00']],
  ])('splits a same-day dossier received %s (due %s) by shares', (receivedAt, dueAt, firstTwo) => {
    const received = t(receivedAt);
    const due = t(dueAt);
    const steps = stepDues(cal, received, { amount: 0, unit: 'same_day', cutoff: '15:00' }, due, route);
    expect(steps.map((s) => s.dueAt)).toEqual([...firstTwo, dueAt]);
  });
  it.each([
    [[], 'empty'],
    [[{ position: 1, unitId: 'a', name: 'x', timeShare: 0.5 }], 'shares sum to 0.5'],
    [
      [
        { position: 1, unitId: 'a', name: 'x', timeShare: 0.5 },
        { position: 1, unitId: 'b', name: 'y', timeShare: 0.5 },
      ],
      'duplicate positions',
    ],
    [
      [
        { position: 1, unitId: 'a', name: 'x', timeShare: 0 },
        { position: 2, unitId: 'b', name: 'y', timeShare: 1 },
      ],
      'zero share',
    ],
  ])('refuses route %#: %s', (steps) => {
    expect(validateRoute(steps).ok).toBe(false);
  });
  it('orders a valid route', () => {
    const r = validateRoute([...route].reverse());
    expect(r.ok && r.value.map((s) => s.position)).toEqual([1, 2, 3]);
  });
});

describe('the open and the next step of the control slip', () => {
  const d = new Date('2026-03-02T02:00:00Z');
  const row = (position: number, started: boolean, finished: boolean) => ({
    position,
    startedAt: started ? d : null,
    finishedAt: finished ? d : null,
  });
  it.each([
    ['no step', [], null, null],
    ['none started (an online dossier before acceptance)', [row(1, false, false), row(2, false, false)], null, 1],
    ['the first open', [row(1, true, false), row(2, false, false), row(3, false, false)], 1, 2],
    ['the second open', [row(1, true, true), row(2, true, false), row(3, false, false)], 2, 3],
    ['the last open', [row(1, true, true), row(2, true, true), row(3, true, false)], 3, null],
    ['all finished', [row(1, true, true), row(2, true, true)], null, null],
    ['one finished, none open', [row(1, true, true), row(2, false, false)], null, 2],
  ])('%s', (_name, steps, open, next) => {
    const s = stepState(steps);
    expect(s.open?.position ?? null).toBe(open);
    expect(s.next?.position ?? null).toBe(next);
  });
});

// A step sends the dossier back to the one before it (issue #15 point 5): the last started step before the open one.
describe('the step a dossier is sent back to', () => {
  const row = (position: number, started: boolean, finished: boolean) => ({
    position,
    startedAt: started ? new Date('2026-03-02T09:00:00+07:00') : null,
    finishedAt: finished ? new Date('2026-03-03T09:00:00+07:00') : null,
  });
  it.each([
    ['first step open: none before it', [row(1, true, false), row(2, false, false)], 1, null],
    ['second step open: the first', [row(1, true, true), row(2, true, false), row(3, false, false)], 2, 1],
    ['third step open: the second, not the first', [row(1, true, true), row(2, true, true), row(3, true, false)], 3, 2],
    ['rows out of order', [row(3, true, false), row(1, true, true), row(2, true, true)], 3, 2],
    ['nothing open', [row(1, true, true), row(2, false, false)], null, null],
  ])('%s', (_name, steps, openPosition, expected) => {
    const open = steps.find((s) => s.position === openPosition) ?? null;
    expect(previousStep(steps, open)?.position ?? null).toBe(expected);
  });
  it.each([
    [null, 'Trả lại: thiếu bản vẽ', 'Trả lại: thiếu bản vẽ'],
    ['Đã thẩm định', 'Trả lại: thiếu bản vẽ', 'Đã thẩm định\nTrả lại: thiếu bản vẽ'],
  ])('adds a line to the note %j', (note, line, expected) => expect(withNoteLine(note, line)).toBe(expected));
});
