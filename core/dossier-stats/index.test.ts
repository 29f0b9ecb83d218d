import { describe, expect, it } from 'vitest';
import { asLocalDate } from '../calendar/index';
import {
  classifyForPeriod,
  emptyCounts,
  finishedTimeliness,
  lateRate,
  onTimeRatePercent,
  periodBounds,
  splitForCounts,
  sumCounts,
  tally,
  toHandle,
  type StatsCounts,
  type StatsDossier,
} from './index';

const at = (s: string) => Date.parse(`${s}+07:00`);
const Q1 = periodBounds({ from: asLocalDate('2026-01-01'), to: asLocalDate('2026-03-31') });
const NOW = at('2026-06-01T00:00:00');

function dossier(o: Partial<StatsDossier>): StatsDossier {
  return {
    status: 'processing',
    channel: 'in_person',
    receivedAt: at('2026-02-02T08:00:00'),
    finishedAt: null,
    originalDueAt: at('2026-02-10T08:00:00'),
    timeliness: null,
    ...o,
  };
}

describe('periodBounds', () => {
  it('covers whole Vietnam days, end exclusive', () => {
    expect(new Date(Q1.start).toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(new Date(Q1.end).toISOString()).toBe('2026-03-31T17:00:00.000Z');
  });
});

describe('finishedTimeliness (against the original due, docs/DOMAIN.md §3.5)', () => {
  it.each([
    [
      'stored class wins',
      { finishedAt: at('2026-02-20T08:00:00'), originalDueAt: at('2026-02-10T08:00:00'), timeliness: 'early' as const },
      'early',
    ],
    ['earlier day → early', { finishedAt: at('2026-02-09T16:00:00'), originalDueAt: at('2026-02-10T08:00:00'), timeliness: null }, 'early'],
    [
      'due day, before the due moment → on time',
      { finishedAt: at('2026-02-10T07:45:00'), originalDueAt: at('2026-02-10T08:00:00'), timeliness: null },
      'on_time',
    ],
    [
      'due day, after the due moment → late',
      { finishedAt: at('2026-02-10T09:00:00'), originalDueAt: at('2026-02-10T08:00:00'), timeliness: null },
      'late',
    ],
    ['no due recorded → on time', { finishedAt: at('2026-02-10T09:00:00'), originalDueAt: null, timeliness: null }, 'on_time'],
    ['not finished → null', { finishedAt: null, originalDueAt: at('2026-02-10T08:00:00'), timeliness: null }, null],
  ])('%s', (_name, d, expected) => {
    expect(finishedTimeliness(d)).toBe(expected);
  });
});

describe('classifyForPeriod (Q1 2026, judged on 1 June 2026)', () => {
  it.each([
    ['received in Q1, open, due passed → overdue', {}, { carriedOver: false, finished: null, inProgress: 'overdue' }],
    [
      'received in Q1, open, due after Q1 → within',
      { originalDueAt: at('2026-04-03T08:00:00') },
      { carriedOver: false, finished: null, inProgress: 'within' },
    ],
    [
      'received in December, finished in Q1 late → carried over, late',
      {
        receivedAt: at('2025-12-20T09:00:00'),
        finishedAt: at('2026-01-05T10:00:00'),
        originalDueAt: at('2026-01-02T09:00:00'),
        status: 'returned' as const,
      },
      { carriedOver: true, finished: 'late', inProgress: null },
    ],
    [
      'finished in Q1 after the apology date: still late against the original due',
      { finishedAt: at('2026-02-12T10:00:00'), status: 'done' as const },
      { carriedOver: false, finished: 'late', inProgress: null },
    ],
    [
      'finished after Q1 → in progress at its end, overdue (due 10/2)',
      { finishedAt: at('2026-04-02T10:00:00'), status: 'returned' as const },
      { carriedOver: false, finished: null, inProgress: 'overdue' },
    ],
    [
      'waiting for a supplement: the clock is stopped → within',
      { status: 'supplement_requested' as const },
      { carriedOver: false, finished: null, inProgress: 'within' },
    ],
    [
      'online, early',
      { channel: 'online' as const, finishedAt: at('2026-02-05T10:00:00'), status: 'returned' as const },
      { carriedOver: false, finished: 'early', inProgress: null },
    ],
  ])('%s', (_name, o, expected) => {
    expect(classifyForPeriod(dossier(o), Q1, NOW)).toMatchObject(expected);
  });

  it.each([
    ['finished before Q1', { receivedAt: at('2025-12-01T08:00:00'), finishedAt: at('2025-12-31T16:59:00'), status: 'returned' as const }],
    ['received after Q1', { receivedAt: at('2026-04-01T00:00:00') }],
    ['withdrawn', { status: 'withdrawn' as const }],
    ['stopped', { status: 'stopped' as const }],
    ['refused at reception', { status: 'not_received' as const, receivedAt: null }],
    ['online, not yet accepted', { status: 'submitted' as const, receivedAt: null }],
  ])('leaves out: %s', (_name, o) => {
    expect(classifyForPeriod(dossier(o), Q1, NOW)).toBeNull();
  });

  it('judges an open dossier at "now" when the period has not ended', () => {
    const d = dossier({ originalDueAt: at('2026-03-20T08:00:00') });
    expect(classifyForPeriod(d, Q1, at('2026-03-15T00:00:00'))?.inProgress).toBe('within');
    expect(classifyForPeriod(d, Q1, at('2026-03-25T00:00:00'))?.inProgress).toBe('overdue');
  });
});

describe('tally and rates (hand-computed)', () => {
  // 10 dossiers: 2 carried over, 8 new (4 online, 3 in person, 1 postal); finished 3 early, 2 on time, 1 late;
  // open at the end: 3 within time, 1 overdue; plus 1 withdrawn (ignored).
  const set: StatsDossier[] = [
    dossier({
      receivedAt: at('2025-12-15T08:00:00'),
      finishedAt: at('2026-01-10T08:00:00'),
      originalDueAt: at('2026-01-12T08:00:00'),
      status: 'returned',
    }),
    dossier({ receivedAt: at('2025-12-20T08:00:00'), originalDueAt: at('2026-04-20T08:00:00') }),
    dossier({ channel: 'online', finishedAt: at('2026-02-03T08:00:00'), status: 'returned' }),
    dossier({ channel: 'online', finishedAt: at('2026-02-04T08:00:00'), status: 'done' }),
    dossier({ channel: 'online', finishedAt: at('2026-02-10T08:00:00'), status: 'returned' }),
    dossier({ channel: 'online', finishedAt: at('2026-02-11T08:00:00'), status: 'returned' }),
    dossier({ finishedAt: at('2026-02-10T07:00:00'), status: 'returned' }),
    dossier({ originalDueAt: at('2026-05-01T08:00:00') }),
    dossier({ status: 'supplement_requested' }),
    dossier({ channel: 'postal' }),
    dossier({ status: 'withdrawn' }),
  ];
  const expected: StatsCounts = {
    carriedOver: 2,
    receivedOnline: 4,
    receivedInPerson: 3,
    receivedPostal: 1,
    finishedEarly: 3,
    finishedOnTime: 2,
    finishedLate: 1,
    inProgressWithinTime: 3,
    inProgressOverdue: 1,
  };

  it('counts every class', () => {
    expect(tally(set, Q1, NOW)).toEqual(expected);
  });

  it.each([
    ['the set above', expected, 10, 0.2, 80],
    ['nothing to handle', emptyCounts(), 0, null, null],
    ['all late', { ...emptyCounts(), receivedOnline: 3, finishedLate: 2, inProgressOverdue: 1 }, 3, 1, 0],
    ['one in three late', { ...emptyCounts(), carriedOver: 1, receivedInPerson: 2, finishedOnTime: 2, finishedLate: 1 }, 3, 1 / 3, 66.67],
  ])('rates: %s', (_name, c, handle, late, onTime) => {
    expect(toHandle(c)).toBe(handle);
    expect(lateRate(c)).toBe(late);
    expect(onTimeRatePercent(c)).toBe(onTime);
  });

  it('sums rows into a total', () => {
    expect(sumCounts([expected, expected]).finishedLate).toBe(2);
  });
});

describe('splitForCounts', () => {
  const d = (s: string) => asLocalDate(s);
  it.each([
    // from, to, monthsBefore, monthsInside, daily ranges
    ['2025-01-01', '2025-12-31', '2025-01-01', ['2025-01-01', '2026-01-01'], []],
    ['2026-01-01', '2026-03-31', '2026-01-01', ['2026-01-01', '2026-04-01'], []],
    ['2026-01-15', '2026-03-31', '2026-01-01', ['2026-02-01', '2026-04-01'], [['2026-01-01', '2026-02-01']]],
    ['2026-01-01', '2026-03-10', '2026-01-01', ['2026-01-01', '2026-03-01'], [['2026-03-01', '2026-03-11']]],
    [
      '2026-01-15',
      '2026-03-10',
      '2026-01-01',
      ['2026-02-01', '2026-03-01'],
      [
        ['2026-01-01', '2026-02-01'],
        ['2026-03-01', '2026-03-11'],
      ],
    ],
    ['2026-02-01', '2026-02-28', '2026-02-01', ['2026-02-01', '2026-03-01'], []],
    ['2026-03-15', '2026-03-15', '2026-03-01', null, [['2026-03-01', '2026-03-16']]],
    ['2026-01-15', '2026-02-10', '2026-01-01', null, [['2026-01-01', '2026-02-11']]],
    ['2025-12-15', '2026-06-30', '2025-12-01', ['2026-01-01', '2026-07-01'], [['2025-12-01', '2026-01-01']]],
    ['2025-11-20', '2026-01-31', '2025-11-01', ['2025-12-01', '2026-02-01'], [['2025-11-01', '2025-12-01']]],
  ] as const)('%s … %s', (from, to, before, inside, days) => {
    const s = splitForCounts({ from: d(from), to: d(to) });
    expect(s.monthsBefore).toBe(before);
    expect(s.monthsInside).toEqual(inside === null ? null : { from: inside[0], to: inside[1] });
    expect(s.days).toEqual(days.map(([f, t]) => ({ from: f, to: t })));
  });
});
