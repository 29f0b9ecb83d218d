import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarDaysForYears, parseMoment, startLegalClock, type LegalClock, type WorkingCalendar } from '../calendar';
import { checkApology, checkSupplement, missingDocuments, unknownDocuments } from './index';

const built = buildCalendar({ days: calendarDaysForYears(2025, 2027) });
if (!built.ok) throw new Error('calendar');
const cal: WorkingCalendar = built.value;
const t = (s: string) => {
  const r = parseMoment(s);
  if (!r.ok) throw new Error(s);
  return r.value;
};

describe('completeness check', () => {
  const docs = [
    { id: 'a', name: 'Tờ khai', isRequired: true },
    { id: 'b', name: 'CCCD', isRequired: true },
    { id: 'c', name: 'Giấy ủy quyền', isRequired: false },
  ];
  it.each([
    [[], ['a', 'b']],
    [['a'], ['b']],
    [['a', 'b'], []],
    [['a', 'b', 'c'], []],
    [['c'], ['a', 'b']],
  ])('received %j → missing %j', (received, missing) => {
    expect(missingDocuments(docs, received).map((d) => d.id)).toEqual(missing);
  });
  it('reports documents the procedure does not list', () => {
    expect(unknownDocuments(docs, ['a', 'x', 'x'])).toEqual(['x']);
  });
});

describe('supplement rule: once per agency', () => {
  it.each([
    [[], 'U1', null, { ok: true, repeated: false }],
    [['U2'], 'U1', null, { ok: true, repeated: false }],
    [['U1'], 'U1', null, { ok: false, code: 'DOSSIER_SUPPLEMENT_REASON_REQUIRED' }],
    [['U1'], 'U1', 'x', { ok: false, code: 'DOSSIER_SUPPLEMENT_REASON_REQUIRED' }],
    [['U1'], 'U1', 'Thiếu bản đồ địa chính', { ok: true, repeated: true }],
    [['U1', 'U1'], 'U1', 'Lý do thứ ba dài', { ok: true, repeated: true }],
  ] as const)('previous %j at %s with reason %j', (prev, unit, reason, expected) => {
    const r = checkSupplement(prev, unit, reason);
    expect(r.ok).toBe(expected.ok);
    if (r.ok && 'repeated' in expected) expect(r.value.repeated).toBe(expected.repeated);
    if (!r.ok && 'code' in expected) expect(r.code).toBe(expected.code);
  });
});

describe('apology guard (delegates to the legal clock)', () => {
  // Received Monday 2026-03-02 09:00, 5 working days → due Monday 2026-03-09 09:00.
  const start = startLegalClock(cal, t('2026-03-02T09:00:00+07:00'), { amount: 5, unit: 'working_day' });
  if (!start.ok) throw new Error('clock');
  const clock: LegalClock = start.value;
  it('accepts an apology 2 working days ahead and moves the due date', () => {
    const r = checkApology(cal, clock, t('2026-03-05T09:00:00+07:00'), t('2026-03-12T09:00:00+07:00'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.dueAt).toBe('2026-03-12T09:00:00+07:00');
  });
  it.each([
    [
      'too late (less than 1 working day before due)',
      '2026-03-06T14:00:00+07:00',
      '2026-03-12T09:00:00+07:00',
      'DOSSIER_EXTENSION_TOO_LATE',
    ],
    ['not later', '2026-03-03T09:00:00+07:00', '2026-03-09T08:00:00+07:00', 'DOSSIER_EXTENSION_NOT_LATER'],
    ['new date on a Sunday', '2026-03-03T09:00:00+07:00', '2026-03-15T09:00:00+07:00', 'DOSSIER_EXTENSION_DUE_NOT_WORKING_DAY'],
  ])('refuses %s', (_n, at, due, code) => {
    const r = checkApology(cal, clock, t(at), t(due));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe(code);
  });
  it('allows only one extension', () => {
    const first = checkApology(cal, clock, t('2026-03-03T09:00:00+07:00'), t('2026-03-12T09:00:00+07:00'));
    if (!first.ok) throw new Error('first');
    const second = checkApology(cal, first.value, t('2026-03-04T09:00:00+07:00'), t('2026-03-16T09:00:00+07:00'));
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.code).toBe('DOSSIER_EXTENSION_ALREADY_GRANTED');
  });
});
