import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarDaysForYears, parseMoment, type ProcessingTime, type WorkingCalendar } from '../calendar';
import { SINGLE_STEP_NAME, openClock, planRoute, type CataloguedStep, type RouteInput } from './index';

const built = buildCalendar({ days: calendarDaysForYears(2025, 2027) });
if (!built.ok) throw new Error('calendar');
const cal: WorkingCalendar = built.value;
const t = (s: string) => {
  const r = parseMoment(s);
  if (!r.ok) throw new Error(s);
  return r.value;
};

const step = (position: number, unitId: string, unitKind: string, timeShare: number, name = `Bước ${position}`): CataloguedStep => ({
  position,
  unitId,
  unitKind,
  name,
  timeShare,
});

// Units: PROV (province), STP (department), TT (one-stop centre), XA / XB (communes).
describe('planRoute: the route of one dossier', () => {
  const interAgency = [step(1, 'TT', 'one_stop_centre', 0.1), step(2, 'STP', 'department', 0.7), step(3, 'TT', 'one_stop_centre', 0.2)];
  const atProvince = [step(1, 'PROV', 'province', 0.2), step(2, 'PROV', 'province', 0.8)];
  const cases: Array<[string, RouteInput, { handlingUnitId: string; steps: Array<[string, number]> }]> = [
    [
      'province-level procedure: the route as catalogued',
      { handlingUnitId: 'STP', handlingUnitKind: 'department', steps: interAgency, commune: null },
      {
        handlingUnitId: 'STP',
        steps: [
          ['TT', 0.1],
          ['STP', 0.7],
          ['TT', 0.2],
        ],
      },
    ],
    [
      'commune-level procedure catalogued at the province: handling unit and steps move to the commune',
      { handlingUnitId: 'PROV', handlingUnitKind: 'province', steps: atProvince, commune: 'XA' },
      {
        handlingUnitId: 'XA',
        steps: [
          ['XA', 0.2],
          ['XA', 0.8],
        ],
      },
    ],
    [
      'commune-level procedure: only the steps at the province move, the others stay',
      {
        handlingUnitId: 'PROV',
        handlingUnitKind: 'province',
        steps: [step(1, 'TT', 'one_stop_centre', 0.5), step(2, 'PROV', 'province', 0.5)],
        commune: 'XB',
      },
      {
        handlingUnitId: 'XB',
        steps: [
          ['TT', 0.5],
          ['XB', 0.5],
        ],
      },
    ],
    [
      'commune-level procedure handled by a department: the handling unit stays',
      { handlingUnitId: 'STP', handlingUnitKind: 'department', steps: atProvince, commune: 'XA' },
      {
        handlingUnitId: 'STP',
        steps: [
          ['XA', 0.2],
          ['XA', 0.8],
        ],
      },
    ],
    [
      'province-level procedure with steps at the province: no commune, nothing moves',
      { handlingUnitId: 'PROV', handlingUnitKind: 'province', steps: atProvince, commune: null },
      {
        handlingUnitId: 'PROV',
        steps: [
          ['PROV', 0.2],
          ['PROV', 0.8],
        ],
      },
    ],
    [
      'no route: one step at the handling unit with the whole time',
      { handlingUnitId: 'STP', handlingUnitKind: 'department', steps: [], commune: null },
      { handlingUnitId: 'STP', steps: [['STP', 1]] },
    ],
    [
      'no route, commune-level at the province: one step at the commune',
      { handlingUnitId: 'PROV', handlingUnitKind: 'province', steps: [], commune: 'XA' },
      { handlingUnitId: 'XA', steps: [['XA', 1]] },
    ],
    [
      'shares summing to 0.4: normalised to sum to 1',
      {
        handlingUnitId: 'STP',
        handlingUnitKind: 'department',
        steps: [step(1, 'TT', 'one_stop_centre', 0.1), step(2, 'STP', 'department', 0.3)],
        commune: null,
      },
      {
        handlingUnitId: 'STP',
        steps: [
          ['TT', 0.25],
          ['STP', 0.75],
        ],
      },
    ],
    [
      'steps catalogued out of order: in route order',
      {
        handlingUnitId: 'STP',
        handlingUnitKind: 'department',
        steps: [step(2, 'STP', 'department', 0.6), step(1, 'TT', 'one_stop_centre', 0.4)],
        commune: null,
      },
      {
        handlingUnitId: 'STP',
        steps: [
          ['TT', 0.4],
          ['STP', 0.6],
        ],
      },
    ],
    [
      'unknown handling unit kind: the handling unit stays',
      { handlingUnitId: 'PROV', handlingUnitKind: undefined, steps: [], commune: 'XA' },
      { handlingUnitId: 'PROV', steps: [['PROV', 1]] },
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    const r = planRoute(input);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.handlingUnitId).toBe(expected.handlingUnitId);
    expect(r.value.steps.map((s) => [s.unitId, s.timeShare])).toEqual(
      expected.steps.map(([u, share]) => [u, expect.closeTo(share, 9) as unknown as number]),
    );
  });

  it('names the single step of a procedure without a route', () => {
    const r = planRoute({ handlingUnitId: 'STP', handlingUnitKind: 'department', steps: [], commune: null });
    expect(r.ok && r.value.steps).toEqual([{ position: 1, unitId: 'STP', name: SINGLE_STEP_NAME, timeShare: 1 }]);
  });

  it.each([
    ['duplicate positions', [step(1, 'TT', 'one_stop_centre', 0.5), step(1, 'STP', 'department', 0.5)]],
    ['a step without time', [step(1, 'TT', 'one_stop_centre', 0), step(2, 'STP', 'department', 1)]],
    ['a negative share', [step(1, 'TT', 'one_stop_centre', -0.5), step(2, 'STP', 'department', 1.5)]],
    ['shares summing to 0', [step(1, 'TT', 'one_stop_centre', 0)]],
  ])('refuses a route with %s', (_name, steps) => {
    const r = planRoute({ handlingUnitId: 'STP', handlingUnitKind: 'department', steps, commune: null });
    expect(r).toMatchObject({ ok: false, code: 'DOSSIER_ROUTE_INVALID' });
  });
});

describe('openClock: the legal clock and the step deadlines at receipt', () => {
  const route = {
    handlingUnitId: 'STP',
    steps: [
      { position: 1, unitId: 'TT', name: 'Tiếp nhận', timeShare: 0.1 },
      { position: 2, unitId: 'STP', name: 'Thẩm định', timeShare: 0.9 },
    ],
  };
  const days = (amount: number): ProcessingTime => ({ amount, unit: 'working_day' });
  it.each([
    [
      '10 working days from a Monday morning',
      '2026-03-02T09:00:00+07:00',
      days(10),
      '2026-03-16T09:00:00+07:00',
      '2026-03-03T09:00:00+07:00',
    ],
    [
      '5 working days from a Tuesday: the Tuesday after',
      '2026-03-10T09:00:00+07:00',
      days(5),
      '2026-03-17T09:00:00+07:00',
      '2026-03-10T15:00:00+07:00',
    ],
    [
      'received on a Saturday: counted from Monday’s opening',
      '2026-03-07T10:00:00+07:00',
      days(1),
      '2026-03-10T07:30:00+07:00',
      '2026-03-09T08:18:00+07:00',
    ],
    ['half a working day', '2026-03-02T09:00:00+07:00', days(0.5), '2026-03-02T15:00:00+07:00', '2026-03-02T09:24:00+07:00'],
    [
      '4 working hours received after closing',
      '2026-03-02T18:00:00+07:00',
      { amount: 4, unit: 'working_hour' },
      '2026-03-03T11:30:00+07:00',
      '2026-03-03T07:54:00+07:00',
    ],
    [
      '15 calendar days: the close of the last day, first step in whole days',
      '2026-03-02T09:00:00+07:00',
      { amount: 15, unit: 'calendar_day' },
      '2026-03-17T17:30:00+07:00',
      '2026-03-04T17:30:00+07:00',
    ],
  ] as const)('%s', (_name, at, time, due, firstStepDue) => {
    const r = openClock(cal, t(at), time, route);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.clock).toMatchObject({ dueAt: due, originalDueAt: due, pauses: [], extension: null });
    expect(r.value.steps.map((s) => [s.unitId, s.dueAt])).toEqual([
      ['TT', firstStepDue],
      ['STP', due],
    ]);
  });

  it.each([
    ['a negative processing time', t('2026-03-02T09:00:00+07:00'), days(-1), 'DOSSIER_INVALID_PROCESSING_TIME'],
    ['an invalid receipt moment', Number.NaN, days(5), 'DOSSIER_INVALID_MOMENT'],
  ])('refuses %s with the dossier code of the clock’s refusal', (_name, at, time, code) => {
    expect(openClock(cal, at, time, route)).toMatchObject({ ok: false, code });
  });
});
