import { describe, expect, it } from 'vitest';
import { counterOutcomeDocument, eventForForm, type CounterOutcomeForm, type FormBlock, type FormEvent } from './index';

// Forms 02 and 03 issued at the counter before any dossier (issue #14 point 2): title and source by the rule set of the
// day (Circular 01/2018/TT-VPCP before 1 July 2025, Circular 03/2025/TT-VPCP Annex I from that day).
const base: CounterOutcomeForm = {
  kind: 'guided',
  number: 7,
  at: new Date('2026-12-08T09:05:00+07:00'),
  unit: { name: 'UBND phường Tân Lập', parentName: 'UBND tỉnh Đắk Lắk', address: null },
  procedureName: 'Đăng ký khai sinh',
  applicant: { type: 'citizen', name: 'Nguyễn Văn An', idNumber: '066123456789', phone: null, address: null },
  missing: [{ documentId: 'd1', name: 'Giấy chứng sinh' }],
  wrong: [{ name: 'Tờ khai', note: 'thiếu chữ ký' }],
  reason: null,
  officerName: 'Trần Thị Bình',
};
const lists = (blocks: FormBlock[]) => blocks.flatMap((b) => (b.kind === 'list' ? [b.items] : []));
const text = (blocks: FormBlock[]) => blocks.map((b) => (b.kind === 'paragraph' ? b.parts.map((p) => p.text).join('') : '')).join('\n');

describe('counter slips', () => {
  it.each([
    {
      kind: 'guided',
      at: '2026-12-08T09:05:00+07:00',
      form: '02',
      title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      ref: 'Thông tư 03/2025/TT-VPCP',
      number: '7/HDBS',
    },
    {
      kind: 'guided',
      at: '2025-06-30T09:05:00+07:00',
      form: '02',
      title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      ref: 'Thông tư 01/2018/TT-VPCP',
      number: '7/HDBS',
    },
    {
      kind: 'refused',
      at: '2026-12-08T09:05:00+07:00',
      form: '03',
      title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
      ref: 'Thông tư 03/2025/TT-VPCP',
      number: '7/TCTN',
    },
    {
      kind: 'refused',
      at: '2025-06-30T16:00:00+07:00',
      form: '03',
      title: 'PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ',
      ref: 'Thông tư 01/2018/TT-VPCP',
      number: '7/TCTN',
    },
  ] as const)('$kind on $at: form $form of $ref', ({ kind, at, form, title, ref, number }) => {
    const doc = counterOutcomeDocument(
      { ...base, kind, at: new Date(at), reason: kind === 'refused' ? 'Không thuộc thẩm quyền' : null },
      'Buôn Ma Thuột',
    );
    expect(doc).toMatchObject({
      form,
      title,
      number,
      qrUrl: null,
      issuer: { name: 'UBND phường Tân Lập', parentName: 'UBND tỉnh Đắk Lắk' },
    });
    expect(doc.formRef).toContain(ref);
    expect(doc.signatures.at(-1)?.name).toBe('Trần Thị Bình');
  });

  it('lists the missing documents and the wrong ones with what is wrong; form 03 prints the reason', () => {
    const guided = counterOutcomeDocument(base, 'Buôn Ma Thuột');
    expect(lists(guided.blocks)).toEqual([['Giấy chứng sinh'], ['Tờ khai (thiếu chữ ký)']]);
    expect(guided.subtitle).toBe('Thời điểm: 9 giờ 05 phút, ngày 08 tháng 12 năm 2026');
    const refused = counterOutcomeDocument(
      { ...base, kind: 'refused', missing: [], wrong: [], reason: 'Không thuộc thẩm quyền' },
      'Buôn Ma Thuột',
    );
    expect(lists(refused.blocks)).toEqual([]);
    expect(text(refused.blocks)).toContain('Không thuộc thẩm quyền');
  });

  it('issues form 02 of a dossier from an online send-back as well as from a supplement request', () => {
    const e = (type: string, toStatus: string): FormEvent => ({
      type,
      fromStatus: null,
      toStatus,
      at: new Date(0),
      note: null,
      data: {},
      actorName: null,
      unitName: null,
    });
    expect(eventForForm('02', [e('request_completion', 'submitted')])?.type).toBe('request_completion');
    expect(eventForForm('02', [e('request_supplement', 'supplement_requested')])?.type).toBe('request_supplement');
    expect(eventForForm('02', [e('submit', 'submitted')])).toBeNull();
  });
});
