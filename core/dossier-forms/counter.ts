import { dateOf } from '../calendar/local-date';
import { counterFormRule, type CounterOutcomeKind, type MissingItem, type WrongItem } from '../dossier/counter-outcomes';
import { placeDateLine, vnMoment } from './format';
import type { FormBlock, FormDocument, FormUnit, Rich } from './model';

// Forms 02 and 03 issued at the counter before any dossier exists (issue #14 point 2): the title, number and source
// follow the rule set in force on the day (Circular 01/2018/TT-VPCP before 1 July 2025, Circular 03/2025/TT-VPCP
// Annex I from that day, docs/DOMAIN.md §10.3); the body wording is CCHC's, like the dossier forms (§5.1).

/** A counter outcome as its printed form needs it. */
export type CounterOutcomeForm = {
  kind: CounterOutcomeKind;
  /** The log's running number, printed on the "Số" line. */
  number: number;
  at: Date;
  unit: FormUnit;
  procedureName: string | null;
  applicant: { type: 'citizen' | 'organisation'; name: string; idNumber: string | null; phone: string | null; address: string | null };
  missing: readonly MissingItem[];
  wrong: readonly WrongItem[];
  reason: string | null;
  officerName: string | null;
};

const b = (text: string): Rich => ({ text, bold: true });
const t = (text: string): Rich => ({ text });
const p = (parts: Rich[], indent = true): FormBlock => ({ kind: 'paragraph', indent, parts });

function applicantBlock(o: CounterOutcomeForm, honorific: string): FormBlock {
  const rows: Array<[string, string]> = [[`${honorific}:`, o.applicant.name]];
  if (o.applicant.idNumber)
    rows.push([o.applicant.type === 'organisation' ? 'Mã số doanh nghiệp/thuế:' : 'Số định danh cá nhân:', o.applicant.idNumber]);
  if (o.applicant.address) rows.push(['Địa chỉ:', o.applicant.address]);
  if (o.applicant.phone) rows.push(['Số điện thoại:', o.applicant.phone]);
  rows.push(['Nội dung yêu cầu giải quyết:', o.procedureName ?? '……………………']);
  return { kind: 'fields', rows };
}

function guidanceBlocks(o: CounterOutcomeForm, honorific: string): FormBlock[] {
  const blocks: FormBlock[] = [
    p([t(`Sau khi xem xét, đối chiếu thành phần hồ sơ, đề nghị ${honorific} bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:`)]),
  ];
  if (o.missing.length) {
    blocks.push(p([b('1. Giấy tờ còn thiếu:')], false), { kind: 'list', items: o.missing.map((m) => m.name) });
  }
  if (o.wrong.length) {
    blocks.push(p([b(`${o.missing.length ? '2' : '1'}. Giấy tờ chưa đúng quy định, cần hoàn thiện:`)], false), {
      kind: 'list',
      items: o.wrong.map((w) => (w.note ? `${w.name} (${w.note})` : w.name)),
    });
  }
  blocks.push(p([t(`Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ${honorific} liên hệ ${o.unit.name} để được hướng dẫn.`)]), {
    kind: 'paragraph',
    align: 'center',
    parts: [{ text: 'Xin trân trọng cảm ơn!', italics: true }],
  });
  return blocks;
}

function refusalBlocks(o: CounterOutcomeForm, honorific: string): FormBlock[] {
  return [
    p([t(`Qua xem xét, ${o.unit.name} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`)]),
    p([b(o.reason ?? '……………………')]),
    p([t(`Xin thông báo để ${honorific} được biết và thực hiện.`)]),
  ];
}

/** Form 02 (guided) or 03 (refused) of a counter outcome, under the rule set in force on its day; no dossier, no QR code. */
export function counterOutcomeDocument(o: CounterOutcomeForm, place: string): FormDocument {
  const rule = counterFormRule(o.kind, dateOf(o.at.getTime()));
  const honorific = o.applicant.type === 'organisation' ? 'Tổ chức' : 'Ông/Bà';
  const guided = o.kind === 'guided';
  const form = guided ? '02' : '03';
  return {
    form,
    formRef: rule.number ? `Mẫu số ${rule.number} (${rule.legalRef})` : rule.legalRef,
    orientation: 'portrait',
    issuer: { parentName: o.unit.parentName, name: o.unit.name },
    number: `${o.number}/${guided ? 'HDBS' : 'TCTN'}`,
    placeDate: placeDateLine(place, o.at),
    title: rule.title,
    subtitle: `Thời điểm: ${vnMoment(o.at)}`,
    blocks: [
      p([b(o.unit.name), t(' tiếp nhận yêu cầu của:')]),
      applicantBlock(o, honorific),
      ...(guided ? guidanceBlocks(o, honorific) : refusalBlocks(o, honorific)),
    ],
    signatures: [
      { title: 'NGƯỜI NỘP HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: o.applicant.name },
      { title: guided ? 'NGƯỜI HƯỚNG DẪN' : 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: o.officerName },
    ],
    qrUrl: null,
    fileName: `mau-${form}-${guided ? 'huong-dan' : 'tu-choi'}-${o.number}.pdf`,
  };
}
