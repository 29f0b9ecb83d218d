import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../calendar/local-date';
import {
  counterFormRule,
  missingFromChecklist,
  planGuidance,
  planRefusalReason,
  tallyCounterOutcomes,
  type ChecklistDocument,
} from './index';

// Counter outcomes (issue #14 point 2): form 02 lists what to add or correct, form 03 the reason (Circular 03/2025/TT-VPCP
// Annex I forms 02, 03; Circular 01/2018/TT-VPCP forms 02, 03 before 1 July 2025).

const CHECKLIST: ChecklistDocument[] = [
  { id: 'd1', name: 'Tờ khai', required: true },
  { id: 'd2', name: 'Bản sao giấy khai sinh', required: true },
  { id: 'd3', name: 'Giấy ủy quyền (nếu có)', required: false },
  { id: 'd4', name: 'Ảnh 4x6', required: true },
];

describe('form 02 pre-filled from the checklist', () => {
  it.each([
    { ticked: [], missing: ['d1', 'd2', 'd4'], why: 'nothing brought: every required document' },
    { ticked: ['d1', 'd4'], missing: ['d2'], why: 'one required document missing' },
    { ticked: ['d1', 'd2', 'd4'], missing: [], why: 'complete: nothing pre-filled' },
    { ticked: ['d3'], missing: ['d1', 'd2', 'd4'], why: 'an optional document is never listed as missing' },
  ])('$why', ({ ticked, missing }) => {
    expect(missingFromChecklist(CHECKLIST, ticked).map((m) => m.documentId)).toEqual(missing);
  });
});

describe('form 02 content', () => {
  it.each([
    {
      why: 'checklist lines and a free line kept in order',
      input: { missing: [{ documentId: 'd2', name: 'Bản sao giấy khai sinh' }, { name: ' Sổ hộ khẩu ' }], wrong: [] },
      missing: ['Bản sao giấy khai sinh', 'Sổ hộ khẩu'],
      wrong: [],
    },
    {
      why: 'blank lines dropped, the same document listed once (case-insensitive)',
      input: { missing: [{ name: 'Tờ khai' }, { name: '  ' }, { name: 'tờ khai' }], wrong: [{ name: 'Ảnh', note: 'sai kích thước' }] },
      missing: ['Tờ khai'],
      wrong: ['Ảnh'],
    },
    {
      why: 'only wrong documents is guidance too',
      input: { missing: [], wrong: [{ name: 'Tờ khai', note: null }] },
      missing: [],
      wrong: ['Tờ khai'],
    },
  ])('$why', ({ input, missing, wrong }) => {
    const r = planGuidance(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.missing.map((m) => m.name)).toEqual(missing);
    expect(r.value.wrong.map((w) => w.name)).toEqual(wrong);
  });

  it.each([
    { why: 'nothing listed', input: { missing: [], wrong: [] }, code: 'COUNTER_GUIDANCE_EMPTY', path: 'body.missing' },
    {
      why: 'only blank lines',
      input: { missing: [{ name: ' ' }], wrong: [{ name: '' }] },
      code: 'COUNTER_GUIDANCE_EMPTY',
      path: 'body.missing',
    },
    {
      why: 'a note without a document',
      input: { missing: [{ name: 'Tờ khai' }], wrong: [{ name: ' ', note: 'mờ' }] },
      code: 'COUNTER_LINE_INVALID',
      path: 'body.wrong.0.name',
    },
    {
      why: 'an overlong line',
      input: { missing: [{ name: 'x'.repeat(501) }], wrong: [] },
      code: 'COUNTER_LINE_INVALID',
      path: 'body.missing.0.name',
    },
    {
      why: 'more lines than a slip holds',
      input: { missing: Array.from({ length: 31 }, (_, i) => ({ name: `Giấy ${i}` })), wrong: [] },
      code: 'COUNTER_LINE_INVALID',
      path: 'body.missing',
    },
  ])('refuses $why', ({ input, code, path }) => {
    const r = planGuidance(input);
    expect(r).toMatchObject({ ok: false, code });
    expect(r.issues?.map((i) => i.path)).toContain(path);
  });
});

describe('form 03 reason', () => {
  it.each([
    { reason: '  Không thuộc thẩm quyền  ', ok: true, value: 'Không thuộc thẩm quyền' },
    { reason: '', ok: false, code: 'COUNTER_REASON_REQUIRED' },
    { reason: '   ', ok: false, code: 'COUNTER_REASON_REQUIRED' },
    { reason: null, ok: false, code: 'COUNTER_REASON_REQUIRED' },
    { reason: 'x'.repeat(2001), ok: false, code: 'COUNTER_LINE_INVALID' },
  ])('$reason → ok $ok', ({ reason, ...expected }) => {
    expect(planRefusalReason(reason)).toMatchObject(expected);
  });
});

describe('the printed form follows the rule set of the day', () => {
  it.each([
    { kind: 'guided', day: '2025-06-30', number: '02', title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', ref: 'Thông tư 01/2018/TT-VPCP' },
    { kind: 'guided', day: '2025-07-01', number: '02', title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', ref: 'Thông tư 03/2025/TT-VPCP' },
    {
      kind: 'refused',
      day: '2025-06-30',
      number: '03',
      title: 'PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ',
      ref: 'Thông tư 01/2018/TT-VPCP',
    },
    {
      kind: 'refused',
      day: '2026-12-08',
      number: '03',
      title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
      ref: 'Thông tư 03/2025/TT-VPCP',
    },
  ] as const)('$kind on $day → form $number of $ref', ({ kind, day, number, title, ref }) => {
    const f = counterFormRule(kind, day as LocalDate);
    expect(f.number).toBe(number);
    expect(f.title).toBe(title);
    expect(f.legalRef).toContain(ref);
  });
});

describe('counts by kind', () => {
  it.each([
    { rows: [], expected: { guided: 0, refused: 0 } },
    {
      rows: [
        { kind: 'guided' as const, count: 3 },
        { kind: 'refused' as const, count: 1 },
        { kind: 'guided' as const, count: 2 },
      ],
      expected: { guided: 5, refused: 1 },
    },
  ])('$rows.length rows', ({ rows, expected }) => {
    expect(tallyCounterOutcomes(rows)).toEqual(expected);
  });
});
