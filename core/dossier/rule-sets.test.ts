import { describe, expect, it } from 'vitest';
import { applyClockEvent, isOverdue, replayLegalClock, type ApologyRules, type ClockEvent, type LegalClock } from '../calendar';
import { asLocalDate, parseMoment } from '../calendar/local-date';
import { calendarDaysForYears } from '../calendar/schedules';
import { buildCalendar } from '../calendar/working-calendar';
import {
  ONE_STOP_RULE_SETS,
  handOverDeadline,
  handOverState,
  handedOverAt,
  nextStatus,
  ruleSetOfDossier,
  ruleSetOn,
  type HandOverStep,
} from './index';

// Worked cases of the one-stop rules by reception date (docs/DOMAIN.md §10), on the 2025 calendar (office hours
// 07:30–11:30 and 13:30–17:30; National Day 2025: Saturday 30/8 to Tuesday 2/9 off).
const built = buildCalendar({ days: calendarDaysForYears(2024, 2027) });
if (!built.ok) throw new Error(built.code);
const cal = built.value;
const T = (s: string): number => {
  const r = parseMoment(`${s}:00+07:00`);
  if (!r.ok) throw new Error(s);
  return r.value;
};
const iso = (s: string) => `${s}:00+07:00`;

describe('the rule set follows the reception date (Decree 118/2025 in force 1/7/2025; docs/DOMAIN.md §10.1)', () => {
  it.each([
    ['2019-01-06', 'nd61-2018'],
    ['2025-06-30', 'nd61-2018'],
    ['2025-07-01', 'nd118-2025'],
    ['2026-11-20', 'nd118-2025'],
    // Before the first version: the first one.
    ['2010-01-01', 'nd61-2018'],
  ])('a dossier received on %s follows %s', (day, id) => {
    expect(ruleSetOn(asLocalDate(day)).id).toBe(id);
  });

  it.each([
    // Vietnam dates: 30/6 23:59 at +07:00 is still before; 1/7 00:00 is after.
    ['2025-06-30T23:59', null, 'nd61-2018'],
    ['2025-07-01T00:00', null, 'nd118-2025'],
    // An online dossier not yet received is judged by its submission.
    [null, '2025-06-30T16:00', 'nd61-2018'],
    [null, '2025-07-02T08:00', 'nd118-2025'],
  ])('received %s, submitted %s → %s', (received, submitted, id) => {
    const r = received === null ? null : T(received);
    expect(ruleSetOfDossier(r, T(submitted ?? received ?? '')).id).toBe(id);
  });

  it.each([
    ['nd61-2018', '04', '04', 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ'],
    ['nd118-2025', '04', '04', 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT'],
    ['nd61-2018', '05', null, 'THÔNG BÁO VỀ VIỆC DỪNG XỬ LÝ HỒ SƠ'],
    ['nd118-2025', '05', '05', 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ'],
    ['nd61-2018', '06', '05', 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ'],
    ['nd118-2025', '06', '06', 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ'],
    ['nd61-2018', '07', '06', 'SỔ THEO DÕI HỒ SƠ'],
    ['nd118-2025', '07', '07', 'SỔ THEO DÕI HỒ SƠ'],
  ] as const)('%s prints form %s as number %s, "%s"', (id, form, number, title) => {
    const set = ONE_STOP_RULE_SETS.find((s) => s.id === id);
    expect(set?.forms[form]).toMatchObject({ number, title });
  });

  it('versions do not overlap and every reference names its document', () => {
    const [a, b] = ONE_STOP_RULE_SETS;
    expect(a?.validTo).toBe('2025-06-30');
    expect(b?.validFrom).toBe('2025-07-01');
    for (const s of ONE_STOP_RULE_SETS) {
      for (const f of Object.values(s.forms)) expect(f.legalRef).toMatch(/Thông tư|Nghị định/);
      expect(s.handOver.legalRef).toMatch(/Nghị định/);
      expect(s.statistics).toEqual({ periodic: 'periodic-report', serviceIndex: 'decision-766' });
    }
  });
});

describe('hand-over to the handling agency (Decree 61/2018 Art. 16(1)(b) as recalled; docs/DOMAIN.md §10.6)', () => {
  const rule = ONE_STOP_RULE_SETS[1]?.handOver ?? { cutoff: '15:00', nextDayWithinMinutes: 60, legalRef: '' };
  it.each([
    ['Tuesday morning: by the close of the day', '2025-07-01T09:00', '2025-07-01T17:30'],
    ['one minute before the cutoff', '2025-07-01T14:59', '2025-07-01T17:30'],
    ['at the cutoff: the next working morning', '2025-07-01T15:00', '2025-07-02T08:30'],
    ['after closing', '2025-07-01T18:00', '2025-07-02T08:30'],
    ['before opening on a working day: the same day', '2025-07-01T06:00', '2025-07-01T17:30'],
    ['online on a Saturday: Monday morning', '2025-07-05T09:00', '2025-07-07T08:30'],
    ['Friday after the cutoff before National Day: Wednesday 3/9', '2025-08-29T16:00', '2025-09-03T08:30'],
  ])('%s: received %s → by %s', (_, received, due) => {
    expect(handOverDeadline(cal, T(received), rule)).toEqual({ ok: true, value: T(due) });
  });

  it('refuses a cutoff that is not a time of day', () => {
    expect(handOverDeadline(cal, T('2025-07-01T09:00'), { ...rule, cutoff: '25:99' })).toMatchObject({ ok: false, code: 'INVALID_CUTOFF' });
  });

  it.each([
    ['handed over before the deadline', '2025-07-01T16:00', '2025-07-03T10:00', 'on_time', false],
    ['handed over at the deadline', '2025-07-01T17:30', '2025-07-03T10:00', 'on_time', false],
    ['handed over the next day', '2025-07-02T08:00', '2025-07-03T10:00', 'late', false],
    ['not yet, before the deadline', null, '2025-07-01T16:00', null, false],
    ['not yet, past the deadline', null, '2025-07-02T08:00', null, true],
  ] as const)('%s', (_, handed, now, result, overdue) => {
    const s = handOverState(T('2025-07-01T17:30'), handed === null ? null : T(handed), T(now));
    expect(s).toMatchObject({ result, overdue });
  });

  const step = (position: number, unitId: string, finished: string | null): HandOverStep => ({
    position,
    unitId,
    finishedAt: finished === null ? null : T(finished),
  });
  it.each([
    ['the first step is at the handling agency: sent at receipt', [step(1, 'dept', null)], '2025-07-01T09:00'],
    ['the centre receives, then forwards', [step(1, 'centre', '2025-07-01T16:10'), step(2, 'dept', null)], '2025-07-01T16:10'],
    ['the centre has not forwarded yet', [step(1, 'centre', null), step(2, 'dept', null)], null],
    ['the whole route stays at the centre: no hand-over', [step(1, 'centre', null)], undefined],
  ])('%s', (_, steps, expected) => {
    expect(handedOverAt('centre', T('2025-07-01T09:00'), steps)).toBe(expected === null || expected === undefined ? expected : T(expected));
  });
});

// Five working days from Monday 7/7/2025 09:00: due Monday 14/7 09:00.
const RECEIVED = '2025-07-07T09:00';
function replay(events: ClockEvent[], apology?: ApologyRules): LegalClock {
  let r = replayLegalClock(cal, iso(RECEIVED), { amount: 5, unit: 'working_day' }, []);
  for (const e of events) {
    if (!r.ok) break;
    r = applyClockEvent(cal, r.value, e, apology);
  }
  if (!r.ok) throw new Error(`${r.code}`);
  return r.value;
}
const APOLOGY_2025 = ONE_STOP_RULE_SETS[1]?.clock.apology ?? { minWorkingDaysBefore: 1, late: 'record' as const };

describe('supplement before and after the due date (docs/DOMAIN.md §3.2, §10.4)', () => {
  it.each([
    [
      'requested before the due: the due moves by the pause, finished within it',
      '2025-07-09T09:00',
      '2025-07-11T09:00',
      '2025-07-16T09:00',
      '2025-07-16T08:00',
      'on_time',
    ],
    [
      'requested before the due, finished after the moved due',
      '2025-07-09T09:00',
      '2025-07-11T09:00',
      '2025-07-16T09:00',
      '2025-07-16T10:00',
      'late',
    ],
    [
      'requested after the due: still overdue, and late at the finish',
      '2025-07-15T09:00',
      '2025-07-17T09:00',
      '2025-07-16T09:00',
      '2025-07-17T10:00',
      'late',
    ],
  ])('%s', (_, requested, resubmitted, originalDue, finished, timeliness) => {
    const c = replay([
      { type: 'supplement_requested', at: iso(requested) },
      { type: 'resubmitted', at: iso(resubmitted) },
    ]);
    expect(c.originalDueAt).toBe(iso(originalDue));
    const f = applyClockEvent(cal, c, { type: 'finished', at: iso(finished) });
    expect(f).toMatchObject({ ok: true, value: { timeliness } });
  });

  it('a dossier already overdue when the supplement is requested stays overdue while it waits', () => {
    const c = replay([{ type: 'supplement_requested', at: iso('2025-07-15T09:00') }]);
    expect(isOverdue(c, iso('2025-07-31T09:00'))).toBe(true);
    const early = replay([{ type: 'supplement_requested', at: iso('2025-07-09T09:00') }]);
    expect(isOverdue(early, iso('2025-07-31T09:00'))).toBe(false);
  });
});

describe('payment pause where the procedure says so (docs/DOMAIN.md §10.5)', () => {
  it.each([
    ['one working day waiting for payment moves the due by one day', 'pause', '2025-07-15T09:00', '2025-07-15T08:00', 'on_time'],
    ['the same finish without the pause is late', 'none', '2025-07-14T09:00', '2025-07-15T08:00', 'late'],
  ])('%s', (_, mode, originalDue, finished, timeliness) => {
    const events: ClockEvent[] =
      mode === 'pause'
        ? [
            { type: 'payment_requested', at: iso('2025-07-09T09:00') },
            { type: 'payment_confirmed', at: iso('2025-07-10T09:00') },
          ]
        : [];
    const c = replay(events);
    expect(c.originalDueAt).toBe(iso(originalDue));
    expect(c.supplementCount).toBe(0);
    expect(applyClockEvent(cal, c, { type: 'finished', at: iso(finished) })).toMatchObject({ ok: true, value: { timeliness } });
  });

  it.each([
    [
      'a resubmission does not end a payment pause',
      [{ type: 'payment_requested', at: iso('2025-07-09T09:00') }],
      'resubmitted',
      'NOT_PAUSED',
    ],
    [
      'a payment cannot end a supplement pause',
      [{ type: 'supplement_requested', at: iso('2025-07-09T09:00') }],
      'payment_confirmed',
      'NOT_PAUSED',
    ],
    ['no payment is awaited', [], 'payment_confirmed', 'NOT_PAUSED'],
    [
      'a payment pause during a supplement pause',
      [{ type: 'supplement_requested', at: iso('2025-07-09T09:00') }],
      'payment_requested',
      'ALREADY_PAUSED',
    ],
  ] as const)('%s → %s', (_, before, type, code) => {
    const c = replay([...before]);
    expect(applyClockEvent(cal, c, { type, at: iso('2025-07-10T09:00') })).toMatchObject({ ok: false, code });
  });

  it('a dossier waiting for payment is judged at the request, like a supplement', () => {
    const c = replay([{ type: 'payment_requested', at: iso('2025-07-11T09:00') }]);
    expect(isOverdue(c, iso('2025-07-31T09:00'))).toBe(false);
  });
});

describe('apology and new date (docs/DOMAIN.md §3.4, §10.4)', () => {
  it.each([
    ['in time (2 working days before)', '2025-07-10T09:00', '2025-07-18T09:00', APOLOGY_2025, { ok: true, late: undefined }],
    [
      'late (7 working hours before the due): recorded, flagged late',
      '2025-07-11T10:00',
      '2025-07-18T09:00',
      APOLOGY_2025,
      { ok: true, late: true },
    ],
    [
      'late under the strict default: refused',
      '2025-07-11T10:00',
      '2025-07-18T09:00',
      undefined,
      { ok: false, code: 'EXTENSION_TOO_LATE' },
    ],
    ['after the due: recorded, flagged late', '2025-07-15T10:00', '2025-07-18T09:00', APOLOGY_2025, { ok: true, late: true }],
    [
      'after the due, new date already past',
      '2025-07-15T10:00',
      '2025-07-14T15:00',
      APOLOGY_2025,
      { ok: false, code: 'EXTENSION_NOT_LATER' },
    ],
    ['new date on a Saturday', '2025-07-10T09:00', '2025-07-19T09:00', APOLOGY_2025, { ok: false, code: 'EXTENSION_DUE_NOT_WORKING_DAY' }],
  ])('%s', (_, at, newDue, rules, expected) => {
    const c = replay([]);
    const r = applyClockEvent(cal, c, { type: 'extension_issued', at: iso(at), newDueAt: iso(newDue) }, rules);
    if (expected.ok) {
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.value.dueAt).toBe(iso(newDue));
        expect(r.value.originalDueAt).toBe(iso('2025-07-14T09:00'));
        expect(r.value.extension?.late).toBe('late' in expected ? expected.late : undefined);
      }
    } else expect(r).toMatchObject(expected);
  });

  it('a dossier finished by the new date after a late apology is still late against the original due', () => {
    const c = replay([{ type: 'extension_issued', at: iso('2025-07-15T10:00'), newDueAt: iso('2025-07-18T09:00') }], APOLOGY_2025);
    expect(applyClockEvent(cal, c, { type: 'finished', at: iso('2025-07-17T09:00') })).toMatchObject({
      ok: true,
      value: { timeliness: 'late', timelinessWithExtension: 'early' },
    });
  });
});

describe('refusal after review is a result, timed like any result (docs/DOMAIN.md §10.7)', () => {
  it('moves a dossier being handled to done, as finishing does', () => {
    expect(nextStatus('processing', 'refuse_after_review')).toEqual({ ok: true, value: 'done' });
    expect(nextStatus('done', 'return_result')).toEqual({ ok: true, value: 'returned' });
    expect(nextStatus('received', 'refuse_after_review').ok).toBe(false);
  });

  it.each([
    ['refused on Friday 11/7, before the due day', '2025-07-11T10:00', 'early'],
    ['refused on the due day by the due moment', '2025-07-14T08:30', 'on_time'],
    ['refused after the due moment', '2025-07-14T10:00', 'late'],
  ])('%s → %s', (_, at, timeliness) => {
    expect(applyClockEvent(cal, replay([]), { type: 'finished', at: iso(at) })).toMatchObject({ ok: true, value: { timeliness } });
  });
});
