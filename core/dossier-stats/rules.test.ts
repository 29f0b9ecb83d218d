import { describe, expect, it } from 'vitest';
import { asLocalDate } from '../calendar/index';
import { classKey, differenceOf, recount, type ClassKey, type DifferenceReason } from './difference';
import { PERIODIC_RULES, classifyForPeriod, onTimeRatePercent, periodBounds, tally, type StatsDossier } from './index';
import { STATS_RULE_SETS, statsRulesOn } from './rules';

const at = (s: string) => Date.parse(`${s}+07:00`);
// Q3 2025: the first quarter of Decree 118/2025; dossiers received before 1 July 2025 follow Decree 61/2018 (carried over).
const Q3 = periodBounds({ from: asLocalDate('2025-07-01'), to: asLocalDate('2025-09-30') });
const NOW = at('2025-12-01T00:00:00');
const R766 = statsRulesOn('decision-766', asLocalDate('2025-09-30'));

function dossier(o: Partial<StatsDossier>): StatsDossier {
  return {
    status: 'processing',
    channel: 'in_person',
    receivedAt: at('2025-07-21T08:00:00'),
    finishedAt: null,
    originalDueAt: at('2025-08-20T17:00:00'),
    timeliness: null,
    ...o,
  };
}

const done = (finished: string, timeliness: 'early' | 'on_time' | 'late', o: Partial<StatsDossier> = {}): Partial<StatsDossier> => ({
  status: 'returned',
  finishedAt: at(finished),
  timeliness,
  ...o,
});

// Each row: the case, the dossier, its standing under the periodic report, under Decision 766 indicator 2.1, and why they differ.
// Periodic report: Circular 01/2020/TT-VPCP Biểu II.06a (decision 0003 #1: judged against the due before any apology).
// Decision 766/QĐ-TTg indicator 2.1 ("Mô tả công thức tính chỉ số 766"): handled and in-progress dossiers, judged at the
// appointment; withdrawal, stop and refusal end processing; a pending supplement is judged at its request; more than one
// supplement request is late.
const CASES: Array<[string, Partial<StatsDossier>, ClassKey, ClassKey, DifferenceReason[]]> = [
  [
    'received before 1/7/2025 (Decree 61/2018), finished early in Q3',
    { receivedAt: at('2025-06-20T09:00:00'), ...done('2025-07-10T10:00:00', 'early') },
    'early',
    'early',
    [],
  ],
  ['received after 1/7/2025 (Decree 118/2025), finished on the due day', done('2025-08-20T16:00:00', 'on_time'), 'on_time', 'on_time', []],
  ['received after 1/7/2025, finished late', done('2025-08-22T10:00:00', 'late'), 'late', 'late', []],
  [
    'received before 1/7/2025, open and overdue at the period end',
    { receivedAt: at('2025-06-25T09:00:00'), originalDueAt: at('2025-07-30T17:00:00') },
    'overdue',
    'overdue',
    [],
  ],
  [
    'supplement requested before the due, still waiting',
    { status: 'supplement_requested', supplementRequests: 1, pausedSince: at('2025-08-10T09:00:00') },
    'within',
    'within',
    [],
  ],
  [
    'supplement requested after the due, still waiting: stays overdue',
    { status: 'supplement_requested', supplementRequests: 1, pausedSince: at('2025-08-25T09:00:00') },
    'overdue',
    'overdue',
    [],
  ],
  [
    'supplement requested after the due, resubmitted, finished: still late',
    {
      supplementRequests: 1,
      originalDueAt: at('2025-09-02T17:00:00'),
      dueAt: at('2025-09-02T17:00:00'),
      ...done('2025-09-10T10:00:00', 'late'),
    },
    'late',
    'late',
    [],
  ],
  [
    'one supplement request, finished on time after the pause',
    { supplementRequests: 1, originalDueAt: at('2025-08-28T17:00:00'), ...done('2025-08-28T11:00:00', 'on_time') },
    'on_time',
    'on_time',
    [],
  ],
  [
    'two supplement requests, finished early',
    { supplementRequests: 2, ...done('2025-08-12T11:00:00', 'early') },
    'early',
    'late',
    ['repeated_supplements'],
  ],
  [
    'two supplement requests, in progress within time',
    { supplementRequests: 2, originalDueAt: at('2025-10-20T17:00:00') },
    'within',
    'overdue',
    ['repeated_supplements'],
  ],
  [
    'received before 1/7/2025, two supplement requests, finished on time',
    { receivedAt: at('2025-06-16T08:00:00'), supplementRequests: 2, ...done('2025-08-20T10:00:00', 'on_time') },
    'on_time',
    'late',
    ['repeated_supplements'],
  ],
  ['withdrawn before the due', { status: 'withdrawn', endedAt: at('2025-08-05T10:00:00') }, 'none', 'early', ['ended_counted']],
  ['withdrawn after the due', { status: 'withdrawn', endedAt: at('2025-08-25T10:00:00') }, 'none', 'late', ['ended_counted']],
  ['stopped on the due day', { status: 'stopped', endedAt: at('2025-08-20T09:00:00') }, 'none', 'on_time', ['ended_counted']],
  [
    'stopped after the period: in progress at its end',
    { status: 'stopped', originalDueAt: at('2025-10-20T17:00:00'), endedAt: at('2025-10-05T10:00:00') },
    'none',
    'within',
    ['ended_counted'],
  ],
  [
    'withdrawn before the period: in neither',
    { status: 'withdrawn', receivedAt: at('2025-06-02T08:00:00'), endedAt: at('2025-06-10T10:00:00') },
    'none',
    'none',
    [],
  ],
  ['refused after review before the due (a result)', done('2025-08-15T10:00:00', 'early'), 'early', 'early', []],
  ['refused after review after the due', done('2025-08-21T10:00:00', 'late'), 'late', 'late', []],
  [
    'apology in time, finished by the new date',
    { dueAt: at('2025-08-29T17:00:00'), ...done('2025-08-27T10:00:00', 'late') },
    'late',
    'early',
    ['appointment_moved'],
  ],
  [
    'apology in time, open between the two dates at the period end',
    { originalDueAt: at('2025-09-25T17:00:00'), dueAt: at('2025-10-10T17:00:00') },
    'overdue',
    'within',
    ['appointment_moved'],
  ],
  [
    'late apology: the new date does not move the appointment',
    { dueAt: at('2025-08-29T17:00:00'), extensionLate: true, ...done('2025-08-27T10:00:00', 'late') },
    'late',
    'late',
    [],
  ],
  [
    'payment pause before the due, still waiting',
    { status: 'awaiting_payment', pausedSince: at('2025-08-15T09:00:00') },
    'within',
    'within',
    [],
  ],
  [
    'payment pause after the due, still waiting: stays overdue',
    { status: 'awaiting_payment', pausedSince: at('2025-08-22T09:00:00') },
    'overdue',
    'overdue',
    [],
  ],
  ['awaiting payment where the clock runs (no pause)', { status: 'awaiting_payment', pausedSince: null }, 'overdue', 'overdue', []],
  [
    'payment pause closed: the due moved, finished before it',
    { originalDueAt: at('2025-08-27T17:00:00'), ...done('2025-08-26T10:00:00', 'early') },
    'early',
    'early',
    [],
  ],
  ['never accepted: in neither', { status: 'submitted', receivedAt: null }, 'none', 'none', []],
];

describe('statistics rule sets side by side (periodic report vs Decision 766/QĐ-TTg indicator 2.1)', () => {
  it.each(CASES)('%s', (_name, o, periodic, serviceIndex, reasons) => {
    const d = dossier(o);
    expect(classKey(classifyForPeriod(d, Q3, NOW, PERIODIC_RULES))).toBe(periodic);
    expect(classKey(classifyForPeriod(d, Q3, NOW, R766))).toBe(serviceIndex);
    const diff = differenceOf(d, Q3, NOW, PERIODIC_RULES, R766);
    expect(diff === null ? [] : diff.reasons).toEqual(reasons);
  });

  it('the periodic counts corrected by the differing dossiers are the Decision 766 counts, and the rates move as the table says', () => {
    const all = CASES.map(([, o]) => dossier(o));
    const periodic = tally(all, Q3, NOW, PERIODIC_RULES);
    const corrected = { ...periodic };
    for (const d of all) {
      if (differenceOf(d, Q3, NOW, PERIODIC_RULES, R766))
        recount(corrected, classifyForPeriod(d, Q3, NOW, PERIODIC_RULES), classifyForPeriod(d, Q3, NOW, R766));
    }
    expect(corrected).toEqual(tally(all, Q3, NOW, R766));
    // Periodic: 20 to handle, 10 late or overdue; Decision 766: 24 (4 withdrawn or stopped join), 12 late or overdue.
    expect([periodic.finishedLate + periodic.inProgressOverdue, corrected.finishedLate + corrected.inProgressOverdue]).toEqual([10, 12]);
    expect([onTimeRatePercent(periodic), onTimeRatePercent(corrected)]).toEqual([50, 50]);
  });
});

describe('statsRulesOn (versioned data)', () => {
  it.each([
    ['periodic-report', '2025-09-30', 'tt01-2020'],
    ['decision-766', '2025-09-30', 'qd766-2022'],
    ['decision-766', '2021-12-31', 'qd766-2022'],
  ] as const)('%s on %s → %s', (id, day, version) => {
    expect(statsRulesOn(id, asLocalDate(day)).version).toBe(version);
  });

  it('every version carries its legal references', () => {
    for (const r of STATS_RULE_SETS)
      for (const ref of [r.legalRef, r.endedRef, r.appointmentRef, r.supplementRef]) expect(ref.length).toBeGreaterThan(10);
  });
});
