import { describe, expect, it } from 'vitest';
import {
  buildDossierForm,
  classifyStep,
  controlSlipRows,
  isFormAvailable,
  lookupUrl,
  maskIdNumber,
  maskName,
  registerRows,
  supplementItems,
  vnDate,
  vnMoment,
  type FormDossier,
  type FormEvent,
  type FormStep,
} from './index';
import { REGISTER_CODE_WIDTH, REGISTER_HEADERS, registerForm } from './register';

const at = (s: string) => new Date(s);
const ev = (o: Partial<FormEvent> & Pick<FormEvent, 'type' | 'toStatus'>): FormEvent => ({
  fromStatus: null,
  at: at('2026-11-19T10:00:00+07:00'),
  note: null,
  data: null,
  actorName: null,
  unitName: null,
  ...o,
});

const dossier = (over: Partial<FormDossier> = {}): FormDossier => ({
  code: 'H12-261118-0001',
  lookupKey: '7KQ2M9XD4RTB',
  status: 'processing',
  channel: 'in_person',
  procedure: {
    name: 'Cấp bản sao trích lục hộ tịch',
    nationalCode: '1.0001',
    durationValue: 5,
    durationUnit: 'working_day',
    feeText: null,
    feeAmount: 8000,
  },
  applicant: { type: 'citizen', name: 'Nguyễn Văn An', idNumber: '066090001234', phone: '0912345678', email: null, address: '12 Lê Duẩn' },
  subject: null,
  receivingUnit: { name: 'Trung tâm Phục vụ hành chính công', parentName: 'UBND tỉnh Đắk Lắk', address: '09 Lê Duẩn' },
  handlingUnit: { name: 'Sở Tư pháp', parentName: 'UBND tỉnh Đắk Lắk', address: null },
  submittedAt: at('2026-11-18T09:00:00+07:00'),
  receivedAt: at('2026-11-18T08:05:00+07:00'),
  dueAt: at('2026-11-25T16:30:00+07:00'),
  originalDueAt: null,
  extendedDueAt: null,
  finishedAt: null,
  returnedAt: null,
  returnPlace: null,
  documents: { source: 'received', items: [{ name: 'Tờ khai', form: 'original', quantity: 1 }] },
  events: [ev({ type: 'receive', toStatus: 'received', actorName: 'Trần Thị Bình' })],
  steps: [],
  ...over,
});
const ctx = { now: at('2026-11-26T11:00:00+07:00'), place: 'Buôn Ma Thuột', publicBaseUrl: 'https://dvc.example.vn/' };
const text = (o: unknown) => JSON.stringify(o);

describe('Vietnamese date wording', () => {
  it.each([
    ['2026-11-25T16:30:00+07:00', '16 giờ 30 phút, ngày 25 tháng 11 năm 2026'],
    ['2026-01-05T08:05:00+07:00', '8 giờ 05 phút, ngày 05 tháng 01 năm 2026'],
    ['2026-03-09T00:00:00+07:00', '0 giờ 00 phút, ngày 09 tháng 3 năm 2026'],
    // 17:30 UTC is 00:30 the next day in Vietnam.
    ['2026-02-28T17:30:00Z', '0 giờ 30 phút, ngày 01 tháng 3 năm 2026'],
  ])('%s → %s', (iso, expected) => {
    expect(vnMoment(at(iso))).toBe(expected);
  });
  it('writes the date line style', () => expect(vnDate(at('2026-12-31T10:00:00+07:00'))).toBe('ngày 31 tháng 12 năm 2026'));
});

describe('maskName', () => {
  it.each([
    ['Nguyễn Văn An', 'N*** V** A*'],
    ['  Lê   Thị  Ánh  ', 'L* T** Á**'],
    ['Đặng Quốc Bảo', 'Đ*** Q*** B**'],
    ['ông', 'Ô**'],
    ['Y', 'Y*'],
    ['H’Hen Niê', 'H*** N**'],
    ['Nguye\u0302\u0303n Văn Ánh', 'N*** V** Á**'],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['001095012345', '*********345'],
    [' 6000123456 ', '*******456'],
    ['12345', '**345'],
    ['1234', '****'],
    ['', ''],
  ])('%j → %j', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });
});

describe('control slip (Mẫu 06) step results', () => {
  const now = at('2026-11-26T11:00:00+07:00');
  const step = (o: Partial<FormStep>): FormStep => ({
    position: 1,
    name: 'Thẩm định',
    unitName: 'Sở Tư pháp',
    handlerName: null,
    startedAt: at('2026-11-18T10:00:00+07:00'),
    dueAt: at('2026-11-21T16:30:00+07:00'),
    finishedAt: null,
    timeliness: null,
    note: null,
    ...o,
  });
  it.each([
    ['finished a day before', { finishedAt: at('2026-11-20T15:00:00+07:00') }, 'early', 'Trước hạn'],
    ['finished on the due day before the hour', { finishedAt: at('2026-11-21T09:00:00+07:00') }, 'on_time', 'Đúng hạn'],
    ['finished after the due moment', { finishedAt: at('2026-11-21T16:31:00+07:00') }, 'late', 'Quá hạn'],
    ['stored class wins', { finishedAt: at('2026-11-25T09:00:00+07:00'), timeliness: 'on_time' as const }, 'on_time', 'Đúng hạn'],
    ['open and past due', {}, 'overdue', 'Đang xử lý, quá hạn'],
    ['open and not yet due', { dueAt: at('2026-11-30T16:30:00+07:00') }, 'in_progress', 'Đang xử lý'],
    ['not started', { startedAt: null }, 'not_started', 'Chưa nhận'],
  ])('%s', (_n, o, cls, label) => {
    expect(classifyStep(step(o), now)).toBe(cls);
    expect(controlSlipRows([step(o)], now)[0]?.[5]).toBe(label);
  });
  it('orders rows by position and numbers them', () => {
    const rows = controlSlipRows([step({ position: 2, unitName: 'B' }), step({ position: 1, unitName: 'A' })], now);
    expect(rows.map((r) => [r[0], r[1]?.split('\n')[0]])).toEqual([
      ['1', 'A'],
      ['2', 'B'],
    ]);
  });
});

describe('form contents', () => {
  it('01 receipt carries code, applicant, documents, received and appointment moments, place, fee and QR', () => {
    const doc = buildDossierForm('01', dossier(), ctx);
    const s = text(doc);
    expect(doc.title).toBe('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    for (const part of [
      'H12-261118-0001',
      'Nguyễn Văn An',
      '066090001234',
      'Tờ khai',
      'Bản chính',
      '8 giờ 05 phút, ngày 18 tháng 11 năm 2026',
      '16 giờ 30 phút, ngày 25 tháng 11 năm 2026',
      'Trung tâm Phục vụ hành chính công, 09 Lê Duẩn',
      '8.000 đồng',
      '05 ngày làm việc',
    ]) {
      expect(s).toContain(part);
    }
    expect(doc.placeDate).toBe('Buôn Ma Thuột, ngày 26 tháng 11 năm 2026');
    expect(doc.qrUrl).toBe('https://dvc.example.vn/tra-cuu/7KQ2M9XD4RTB');
    const lines = doc.blocks.flatMap((x) => (x.kind === 'paragraph' ? [x.parts.map((p) => p.text).join('')] : []));
    expect(lines).toContain('Tra cứu hồ sơ: https://dvc.example.vn/tra-cuu/7KQ2M9XD4RTB (mã tra cứu: 7KQ2-M9XD-4RTB)');
    expect(s).not.toContain('tra-cuu/H12');
    expect(doc.signatures.map((x) => x.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });

  // docs/DOMAIN.md §3.9: a same-day procedure's receipt says "trong ngày" with its cutoff and which day it is returned.
  it.each([
    ['2026-11-18T10:00:00+07:00', '2026-11-18T17:30:00+07:00', '(trả kết quả trong ngày)'],
    [
      '2026-11-18T15:20:00+07:00',
      '2026-11-19T17:30:00+07:00',
      '(hồ sơ nhận sau giờ chốt hoặc ngoài ngày làm việc: trả trong ngày làm việc tiếp theo)',
    ],
  ])('01 for a same-day procedure received %s shows the appointment %s and says "trong ngày"', (received, due, note) => {
    const sameDay = dossier({
      procedure: { ...dossier().procedure, durationValue: 0, durationUnit: 'same_day', cutoff: '15:00' },
      receivedAt: at(received),
      dueAt: at(due),
    });
    const s = text(buildDossierForm('01', sameDay, ctx));
    expect(s).toContain('Trong ngày (hồ sơ nhận sau 15:00 trả kết quả trong ngày làm việc tiếp theo)');
    expect(s).toContain(`17 giờ 30 phút, ngày ${due.slice(8, 10)} tháng 11 năm 2026 ${note}`);
    expect(s).not.toContain('00 ngày');
  });

  it('02 lists what to supplement from the latest supplement event', () => {
    const d = dossier({
      events: [
        ev({ type: 'request_supplement', toStatus: 'supplement_requested', note: 'cũ' }),
        ev({
          type: 'request_supplement',
          toStatus: 'supplement_requested',
          data: { items: ['Bản vẽ sơ đồ', { name: 'Giấy ủy quyền', note: 'có chứng thực' }] },
        }),
      ],
    });
    const doc = buildDossierForm('02', d, ctx);
    expect(doc.blocks.find((b) => b.kind === 'list')).toEqual({ kind: 'list', items: ['Bản vẽ sơ đồ', 'Giấy ủy quyền (có chứng thực)'] });
  });

  it.each([
    ['- Tờ khai bổ sung\n2) Bản sao sổ hộ khẩu', ['Tờ khai bổ sung', 'Bản sao sổ hộ khẩu']],
    ['Thiếu chữ ký', ['Thiếu chữ ký']],
    ['', []],
  ])('02 falls back to the note lines: %j', (note, items) => {
    expect(supplementItems(ev({ type: 'x', toStatus: 'supplement_requested', note }))).toEqual(items);
  });

  it('03 refusal states the reason; 05 stop states the reason', () => {
    const d = dossier({
      events: [
        ev({ type: 'refuse', toStatus: 'not_received', note: 'Không thuộc thẩm quyền' }),
        ev({ type: 'stop', toStatus: 'stopped', data: { reason: 'Người nộp đề nghị' } }),
      ],
    });
    expect(text(buildDossierForm('03', d, ctx))).toContain('Không thuộc thẩm quyền');
    expect(text(buildDossierForm('05', d, ctx))).toContain('Người nộp đề nghị');
  });

  it('04 apology gives the reason, the original and the new date', () => {
    const d = dossier({
      originalDueAt: at('2026-11-25T16:30:00+07:00'),
      events: [
        ev({
          type: 'extension_issued',
          toStatus: 'processing',
          fromStatus: 'processing',
          note: 'Cần xác minh',
          data: { newDueAt: '2026-12-02T16:30:00+07:00' },
        }),
      ],
    });
    const s = text(buildDossierForm('04', d, ctx));
    expect(s).toContain('Cần xác minh');
    expect(s).toContain('16 giờ 30 phút, ngày 25 tháng 11 năm 2026');
    expect(s).toContain('16 giờ 30 phút, ngày 02 tháng 12 năm 2026');
  });

  it.each([
    ['01', [], true],
    ['06', [], true],
    ['02', [], false],
    ['02', [ev({ type: 'request_supplement', toStatus: 'supplement_requested' })], true],
    ['03', [ev({ type: 'refuse', toStatus: 'not_received' })], true],
    ['04', [ev({ type: 'apologize', toStatus: 'processing' })], true],
    ['04', [ev({ type: 'route', toStatus: 'processing' })], false],
    ['05', [ev({ type: 'stop', toStatus: 'stopped' })], true],
  ] as const)('form %s available with %j → %s', (form, events, ok) => {
    expect(isFormAvailable(form, events, at('2026-11-18T08:00:00Z'))).toBe(ok);
  });

  it('01 is not available before receipt', () => expect(isFormAvailable('01', [], null)).toBe(false));
  it('builds the lookup URL with one slash and an encoded code', () =>
    expect(lookupUrl('http://x/', 'A B')).toBe('http://x/tra-cuu/A%20B'));

  it('07 register keeps a full dossier code on one line without narrowing the procedure name', () => {
    const unit = { name: 'Trung tâm Phục vụ hành chính công tỉnh', parentName: 'UBND TỈNH ĐẮK LẮK', address: null };
    const doc = registerForm(
      { unit, from: at('2026-11-01T00:00:00+07:00'), to: at('2026-11-30T00:00:00+07:00'), entries: [] },
      { now: at('2026-11-30T10:00:00+07:00'), place: 'Đắk Lắk' },
    );
    const table = doc.blocks[0];
    if (table?.kind !== 'table') throw new Error('no table');
    // The PDF puts the documents under the procedure's name: one column fewer than the Excel register's headers.
    expect(table.widths).toHaveLength(REGISTER_HEADERS.length - 1);
    expect(table.headers).toHaveLength(table.widths.length);
    // pdfkit widthOfString('66.TTPVHCC-261102-0001') in Roboto Regular at 7.5 pt = 90.33 pt (68 pt broke it after "26110").
    expect(table.fontSize).toBe(7.5);
    expect(table.widths[1]).toBe(REGISTER_CODE_WIDTH);
    expect(REGISTER_CODE_WIDTH).toBeGreaterThanOrEqual(91);
    // The fixed columns together stay within 2 pt of before (528 pt), so the '*' procedure-name column keeps its room.
    const fixed = table.widths.reduce<number>((s, w) => s + (typeof w === 'number' ? w : 0), 0);
    expect(fixed).toBeLessThanOrEqual(530);
  });

  it('07 register rows show status with timeliness', () => {
    const rows = registerRows([
      {
        code: 'A',
        procedureName: 'P',
        documents: { source: 'received', items: [{ name: 'Tờ khai', form: 'original', quantity: 1 }] },
        applicantName: 'N',
        applicantContact: null,
        handlingUnitName: 'S',
        receivedAt: at('2026-11-18T09:15:00+07:00'),
        dueAt: null,
        finishedAt: null,
        returnedAt: null,
        status: 'returned',
        timeliness: 'late',
      },
    ]);
    expect(rows[0]).toEqual([
      '1',
      'A',
      'P',
      'Tờ khai (Bản chính, 01)',
      'N',
      '',
      'S',
      '18/11/2026 09:15',
      '',
      '',
      '',
      'Đã trả kết quả (quá hạn)',
    ]);
  });
});

describe('forms follow the rule set of the reception date (Circular 01/2018 before 1/7/2025, Circular 03/2025 after; docs/DOMAIN.md §10.3)', () => {
  const apology = ev({
    type: 'issue_apology',
    toStatus: 'processing',
    note: 'Chờ xác minh',
    data: { previousDueAt: '2025-07-14T09:00:00+07:00', newDueAt: '2025-07-18T09:00:00+07:00' },
  });
  const stop = ev({ type: 'stop', toStatus: 'stopped', note: 'Người nộp đề nghị dừng' });
  const received = (day: string) => ({ receivedAt: at(`${day}T09:00:00+07:00`), submittedAt: at(`${day}T08:00:00+07:00`) });
  it.each([
    ['04', '2025-06-30', 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', 'Mẫu số 04 (Thông tư 01/2018/TT-VPCP, Mẫu 04)', 'sẽ trả kết quả'],
    [
      '04',
      '2025-07-01',
      'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
      'Mẫu số 04 (Thông tư 03/2025/TT-VPCP, Phụ lục I, Mẫu 04)',
      'đề nghị gia hạn thời gian giải quyết',
    ],
    ['05', '2025-06-30', 'THÔNG BÁO VỀ VIỆC DỪNG XỬ LÝ HỒ SƠ', 'Nghị định 61/2018/NĐ-CP', 'dừng xử lý'],
    ['05', '2025-07-01', 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ', 'Mẫu số 05 (Thông tư 03/2025/TT-VPCP, Phụ lục I, Mẫu 05)', 'dừng giải quyết'],
    [
      '06',
      '2025-06-30',
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      'Mẫu số 05 (Thông tư 01/2018/TT-VPCP, Mẫu 05)',
      'Cơ quan chủ trì giải quyết',
    ],
    [
      '06',
      '2025-07-01',
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      'Mẫu số 06 (Thông tư 03/2025/TT-VPCP, Phụ lục I, Mẫu 06)',
      'Cơ quan chủ trì giải quyết',
    ],
  ] as const)('form %s of a dossier received %s: "%s"', (form, day, title, formRef, phrase) => {
    const doc = buildDossierForm(form, dossier({ ...received(day), events: [apology, stop] }), ctx);
    expect(doc).toMatchObject({ title, formRef });
    expect(text(doc.blocks)).toContain(phrase);
  });

  it('form 03 of a refusal after review is the handling agency’s result letter, with the reason', () => {
    const refusal = ev({
      type: 'refuse_after_review',
      toStatus: 'done',
      note: 'Thửa đất đang có tranh chấp',
      actorName: 'Lê Văn Cường',
      data: { resultKind: 'refused', reason: 'Thửa đất đang có tranh chấp' },
    });
    const d = dossier({ ...received('2025-07-01'), events: [refusal] });
    expect(isFormAvailable('03', d.events, d.receivedAt)).toBe(true);
    const doc = buildDossierForm('03', d, ctx);
    expect(doc.title).toBe('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(doc.issuer.name).toBe('Sở Tư pháp');
    expect(text(doc.blocks)).toContain('từ chối giải quyết hồ sơ');
    expect(text(doc.blocks)).toContain('Thửa đất đang có tranh chấp');
    expect(text(doc.blocks)).toContain('kết quả giải quyết hồ sơ');
    expect(doc.signatures[0]).toMatchObject({ title: 'THỦ TRƯỞNG CƠ QUAN', name: 'Lê Văn Cường' });
  });

  it.each([
    [
      { dueAt: at('2025-07-01T17:30:00+07:00'), handedAt: null, result: null, overdue: false },
      'Chậm nhất 17 giờ 30 phút, ngày 01 tháng 7 năm 2025 — chưa chuyển',
    ],
    [
      { dueAt: at('2025-07-01T17:30:00+07:00'), handedAt: at('2025-07-02T08:00:00+07:00'), result: 'late' as const, overdue: false },
      'Chậm nhất 17 giờ 30 phút, ngày 01 tháng 7 năm 2025 — đã chuyển 8 giờ 00 phút, ngày 02 tháng 7 năm 2025, quá hạn',
    ],
  ])('the control slip prints the hand-over deadline: %o', (handOver, line) => {
    const doc = buildDossierForm('06', dossier({ ...received('2025-07-01'), handOver }), ctx);
    expect(text(doc.blocks)).toContain('Hạn chuyển hồ sơ đến cơ quan giải quyết:');
    expect(text(doc.blocks)).toContain(line);
  });

  it.each([
    ['2025-06-30', 'Mẫu số 06 (Thông tư 01/2018/TT-VPCP, Mẫu 06)'],
    ['2025-07-31', 'Mẫu số 07 (Thông tư 03/2025/TT-VPCP, Phụ lục I, Mẫu 07)'],
  ])('the register of a period ending %s is %s', (to, formRef) => {
    const doc = registerForm(
      {
        unit: { name: 'Phường Tân Lập', parentName: null, address: null },
        from: at('2025-06-01T00:00:00+07:00'),
        to: at(`${to}T00:00:00+07:00`),
        entries: [],
      },
      { now: ctx.now, place: ctx.place },
    );
    expect(doc.formRef).toBe(formRef);
  });
});
