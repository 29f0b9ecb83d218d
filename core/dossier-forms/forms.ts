import { dateOf } from '../calendar/local-date';
import { groupedLookupKey } from '../dossier/lookup-key';
import { DOCUMENT_FORM_LABELS } from './labels';
import { REQUIRED_LIST_NOTE } from './documents';
import { eventForForm, eventMoment, eventReason, supplementItems } from './events';
import { placeDateLine, vnDate, vnDuration, vnMoment, vnMoney } from './format';
import { lookupUrl, type FormBlock, type FormContext, type FormDocument, type FormDossier, type FormEvent, type Rich } from './model';
import { formRefOf, formRulesOf, formTitleOf } from './rules';

// Titles and numbers follow the rule set of the dossier's reception date: Circular 01/2018/TT-VPCP or Circular
// 03/2025/TT-VPCP Annex I (docs/DOMAIN.md §10.3); the body wording is CCHC's (official wording unverified, §5.1).
const DOTS = '……………………';
const b = (text: string): Rich => ({ text, bold: true });
const t = (text: string): Rich => ({ text });
const honorific = (d: FormDossier) => (d.applicant.type === 'organisation' ? 'Tổ chức' : 'Ông/Bà');
const moment = (at: Date | null) => (at ? vnMoment(at) : DOTS);

// docs/DOMAIN.md §3.9: a same-day procedure is returned the day of receipt, else the next working day.
/** What form 01 adds after a same-day appointment: returned the same day, or the next working day. */
function sameDayNote(d: FormDossier): string {
  if (d.procedure.durationUnit !== 'same_day' || !d.receivedAt || !d.dueAt) return '';
  const sameDate = dateOf(d.receivedAt.getTime()) === dateOf(d.dueAt.getTime());
  return sameDate ? ' (trả kết quả trong ngày)' : ' (hồ sơ nhận sau giờ chốt hoặc ngoài ngày làm việc: trả trong ngày làm việc tiếp theo)';
}

function base(
  d: FormDossier,
  ctx: FormContext,
  form: '01' | '02' | '03' | '04' | '05',
  issuedBy = d.receivingUnit,
): Omit<FormDocument, 'blocks' | 'signatures'> {
  const rules = formRulesOf(d);
  return {
    form,
    formRef: formRefOf(rules, form),
    orientation: 'portrait',
    issuer: { parentName: issuedBy.parentName, name: issuedBy.name },
    number: d.code,
    placeDate: placeDateLine(ctx.place, ctx.now),
    title: formTitleOf(rules, form),
    subtitle: null,
    qrUrl: lookupUrl(ctx.publicBaseUrl, d.lookupKey),
    fileName: `mau-${form}-${d.code}.pdf`,
  };
}

function applicantFields(d: FormDossier): FormBlock {
  const rows: Array<[string, string]> = [[`${honorific(d)}:`, d.applicant.name]];
  if (d.applicant.idNumber)
    rows.push([d.applicant.type === 'organisation' ? 'Mã số doanh nghiệp/thuế:' : 'Số định danh cá nhân:', d.applicant.idNumber]);
  if (d.applicant.address) rows.push(['Địa chỉ:', d.applicant.address]);
  if (d.applicant.phone) rows.push(['Số điện thoại:', d.applicant.phone]);
  if (d.applicant.email) rows.push(['Thư điện tử:', d.applicant.email]);
  rows.push(['Nội dung yêu cầu giải quyết:', d.subject ? `${d.procedure.name} (${d.subject})` : d.procedure.name]);
  return { kind: 'fields', rows };
}

/** The place to collect the result: the recorded one, else the receiving unit and its address. */
export function returnPlaceText(d: FormDossier): string {
  if (d.returnPlace?.trim()) return d.returnPlace.trim();
  return d.receivingUnit.address ? `${d.receivingUnit.name}, ${d.receivingUnit.address}` : d.receivingUnit.name;
}

function feeText(d: FormDossier): string {
  if (d.procedure.feeText?.trim()) return d.procedure.feeText.trim();
  if (d.procedure.feeAmount !== null) return d.procedure.feeAmount === 0 ? 'Không thu phí, lệ phí' : vnMoney(d.procedure.feeAmount);
  return 'Không thu phí, lệ phí';
}

const receiverName = (d: FormDossier) => [...d.events].reverse().find((e) => e.toStatus === 'received')?.actorName ?? null;

// docs/DOMAIN.md §5.4: the list is what was handed over; a dossier with no record of it prints the required list, said so.
/** The receipt's document section: heading, the table (or "none"), and the note when the list is not a record. */
function receiptDocuments(d: FormDossier): FormBlock[] {
  const docs = d.documents.items.map((x, i) => [String(i + 1), x.name, DOCUMENT_FORM_LABELS[x.form], String(x.quantity)]);
  const heading = d.documents.source === 'submitted' ? '1. Thành phần hồ sơ nộp trực tuyến gồm:' : '1. Thành phần hồ sơ nộp gồm:';
  const blocks: FormBlock[] = [{ kind: 'paragraph', parts: [b(heading)] }];
  if (d.documents.source === 'required') blocks.push({ kind: 'paragraph', parts: [{ text: `(${REQUIRED_LIST_NOTE})`, italics: true }] });
  blocks.push(
    docs.length
      ? {
          kind: 'table',
          headers: ['STT', 'Tên giấy tờ', 'Hình thức', 'Số lượng'],
          widths: [28, '*', 110, 52],
          rows: docs,
          align: ['center', 'left', 'left', 'center'],
        }
      : { kind: 'paragraph', parts: [t('(Không có giấy tờ kèm theo)')] },
  );
  return blocks;
}

/** Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (docs/DOMAIN.md §4.3, §5.1, §5.4). */
export function receiptForm(d: FormDossier, ctx: FormContext): FormDocument {
  return {
    ...base(d, ctx, '01'),
    subtitle: `Mã hồ sơ: ${d.code}`,
    blocks: [
      { kind: 'paragraph', parts: [b(d.receivingUnit.name), t(' tiếp nhận hồ sơ của:')] },
      applicantFields(d),
      ...receiptDocuments(d),
      { kind: 'paragraph', parts: [b('2. Số lượng hồ sơ: '), t('01 (bộ)')] },
      {
        kind: 'paragraph',
        parts: [
          b('3. Thời gian giải quyết hồ sơ theo quy định: '),
          t(vnDuration(d.procedure.durationValue, d.procedure.durationUnit, d.procedure.cutoff)),
        ],
      },
      { kind: 'paragraph', parts: [b('4. Thời gian nhận hồ sơ: '), t(moment(d.receivedAt))] },
      { kind: 'paragraph', parts: [b('5. Thời gian trả kết quả giải quyết hồ sơ: '), t(moment(d.dueAt) + sameDayNote(d))] },
      { kind: 'paragraph', parts: [b('6. Nơi nhận kết quả: '), t(returnPlaceText(d))] },
      { kind: 'paragraph', parts: [b('7. Phí, lệ phí: '), t(feeText(d))] },
      {
        kind: 'paragraph',
        parts: [b('Tra cứu hồ sơ: '), t(lookupUrl(ctx.publicBaseUrl, d.lookupKey)), t(` (mã tra cứu: ${groupedLookupKey(d.lookupKey)})`)],
      },
      { kind: 'paragraph', parts: [{ text: 'Vào sổ theo dõi hồ sơ, Quyển số: ……… Số thứ tự: ………', italics: true }] },
    ],
    signatures: [
      { title: 'NGƯỜI NỘP HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: d.applicant.name },
      { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: receiverName(d) },
    ],
  };
}

function requireEvent(d: FormDossier, form: '02' | '03' | '04' | '05'): FormEvent {
  const e = eventForForm(form, d.events);
  if (!e) throw new RangeError(`dossier ${d.code} has no event for form ${form}`);
  return e;
}

const intro = (d: FormDossier): FormBlock => ({
  kind: 'paragraph',
  indent: true,
  parts: [
    t(d.receivedAt ? `Ngày ${vnDate(d.receivedAt).replace(/^ngày /, '')}, ` : ''),
    b(d.receivingUnit.name),
    t(' tiếp nhận hồ sơ của:'),
  ],
});

/** Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; items from the latest supplement event. */
export function supplementForm(d: FormDossier, ctx: FormContext): FormDocument {
  const e = requireEvent(d, '02');
  const items = supplementItems(e);
  const reason = eventReason(e);
  const blocks: FormBlock[] = [
    intro(d),
    applicantFields(d),
    {
      kind: 'paragraph',
      indent: true,
      parts: [t(`Sau khi xem xét, đối chiếu thành phần hồ sơ, đề nghị ${honorific(d)} bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:`)],
    },
    items.length ? { kind: 'list', items } : { kind: 'paragraph', parts: [t(DOTS)] },
  ];
  if (reason && !items.includes(reason)) blocks.push({ kind: 'paragraph', indent: true, parts: [b('Lý do: '), t(reason)] });
  blocks.push({
    kind: 'paragraph',
    indent: true,
    parts: [
      t(
        `Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ${honorific(d)} liên hệ ${e.unitName ?? d.receivingUnit.name} để được hướng dẫn.`,
      ),
    ],
  });
  blocks.push({ kind: 'paragraph', align: 'center', parts: [{ text: 'Xin trân trọng cảm ơn!', italics: true }] });
  return {
    ...base(d, ctx, '02'),
    subtitle: `Hồ sơ: ${d.code}`,
    blocks,
    signatures: [{ title: 'NGƯỜI HƯỚNG DẪN', hint: '(Ký và ghi rõ họ tên)', name: e.actorName }],
  };
}

/** Mẫu 03 — refusal at reception, or the refusal to resolve after review, which is the dossier's result (docs/DOMAIN.md §10.7). */
export function refusalForm(d: FormDossier, ctx: FormContext): FormDocument {
  const e = requireEvent(d, '03');
  if (e.type === 'refuse_after_review') return refusalAfterReviewForm(d, ctx, e);
  return {
    ...base(d, ctx, '03'),
    subtitle: `Hồ sơ: ${d.code}`,
    blocks: [
      intro(d),
      applicantFields(d),
      {
        kind: 'paragraph',
        indent: true,
        parts: [
          t(`Qua xem xét, ${e.unitName ?? d.receivingUnit.name} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`),
        ],
      },
      { kind: 'paragraph', indent: true, parts: [b(eventReason(e) || DOTS)] },
      { kind: 'paragraph', indent: true, parts: [t(`Xin thông báo để ${honorific(d)} được biết và thực hiện.`)] },
    ],
    signatures: [{ title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: e.actorName }],
  };
}

// The handling agency's written refusal to resolve a dossier found ineligible during review: returned to the
// applicant as the result, with the reason (docs/DOMAIN.md §10.7).
function refusalAfterReviewForm(d: FormDossier, ctx: FormContext, e: FormEvent): FormDocument {
  return {
    ...base(d, ctx, '03', d.handlingUnit),
    subtitle: `Hồ sơ: ${d.code}`,
    blocks: [
      intro(d),
      applicantFields(d),
      {
        kind: 'paragraph',
        indent: true,
        parts: [t(`Sau khi xem xét, thẩm định hồ sơ, ${d.handlingUnit.name} từ chối giải quyết hồ sơ nêu trên với lý do cụ thể như sau:`)],
      },
      { kind: 'paragraph', indent: true, parts: [b(eventReason(e) || DOTS)] },
      {
        kind: 'paragraph',
        indent: true,
        parts: [t('Văn bản này là kết quả giải quyết hồ sơ, được trả cho '), t(`${honorific(d)} tại: ${returnPlaceText(d)}.`)],
      },
      { kind: 'paragraph', indent: true, parts: [t(`Xin thông báo để ${honorific(d)} được biết.`)] },
    ],
    signatures: [{ title: 'THỦ TRƯỞNG CƠ QUAN', hint: '(Ký, ghi rõ họ tên và đóng dấu)', name: e.actorName }],
  };
}

/** Mẫu 04 — apology with the new date: the 2018 apology slip, or the 2025 apology and request to extend (docs/DOMAIN.md §10.3). */
export function apologyForm(d: FormDossier, ctx: FormContext): FormDocument {
  const e = requireEvent(d, '04');
  const original = eventMoment(e, ['previousDueAt', 'originalDueAt', 'oldDueAt']) ?? d.originalDueAt ?? d.dueAt;
  const next = eventMoment(e, ['newDueAt', 'extendedDueAt', 'dueAt']) ?? d.extendedDueAt ?? d.dueAt;
  const is2025 = formRulesOf(d).id === 'nd118-2025';
  const unit = d.handlingUnit.name;
  const closing: Rich[] = is2025
    ? [
        t(
          `${unit} xin lỗi ${honorific(d)} vì sự chậm trễ này và đề nghị gia hạn thời gian giải quyết hồ sơ; thời gian trả kết quả mới là `,
        ),
        b(moment(next)),
        t('.'),
      ]
    : [
        t(`Sự chậm trễ này đã gây phiền hà cho ${honorific(d)}. ${unit} xin lỗi ${honorific(d)} và sẽ trả kết quả giải quyết hồ sơ vào `),
        b(moment(next)),
        t('.'),
      ];
  return {
    ...base(d, ctx, '04', d.handlingUnit),
    subtitle: `Hồ sơ: ${d.code}`,
    blocks: [
      intro(d),
      applicantFields(d),
      { kind: 'paragraph', indent: true, parts: [t('Thời gian hẹn trả kết quả giải quyết hồ sơ: '), b(moment(original))] },
      {
        kind: 'paragraph',
        indent: true,
        parts: [t(`Tuy nhiên, ${unit} không thể trả kết quả giải quyết hồ sơ của ${honorific(d)} đúng hẹn.`)],
      },
      { kind: 'paragraph', indent: true, parts: [b('Lý do: '), t(eventReason(e) || DOTS)] },
      { kind: 'paragraph', indent: true, parts: closing },
      { kind: 'paragraph', align: 'center', parts: [{ text: 'Xin trân trọng cảm ơn!', italics: true }] },
    ],
    signatures: [{ title: 'THỦ TRƯỞNG CƠ QUAN', hint: '(Ký, ghi rõ họ tên và đóng dấu)', name: e.actorName }],
  };
}

// Circular 03/2025 speaks of stopping the resolution ("dừng giải quyết"); the 2018 notice of stopping the handling.
const stopVerb = (d: FormDossier) => (formRulesOf(d).id === 'nd118-2025' ? 'giải quyết' : 'xử lý');

/** Mẫu 05 — the stop notice, with the reason (title by rule set: docs/DOMAIN.md §10.3). */
export function stopForm(d: FormDossier, ctx: FormContext): FormDocument {
  const e = requireEvent(d, '05');
  return {
    ...base(d, ctx, '05', d.handlingUnit),
    subtitle: `Hồ sơ: ${d.code}`,
    blocks: [
      intro(d),
      applicantFields(d),
      {
        kind: 'paragraph',
        indent: true,
        parts: [t(`${d.handlingUnit.name} thông báo dừng ${stopVerb(d)} hồ sơ nêu trên kể từ `), b(vnMoment(e.at)), t('.')],
      },
      { kind: 'paragraph', indent: true, parts: [b('Lý do: '), t(eventReason(e) || DOTS)] },
      { kind: 'paragraph', indent: true, parts: [t(`Xin thông báo để ${honorific(d)} được biết.`)] },
    ],
    signatures: [{ title: 'THỦ TRƯỞNG CƠ QUAN', hint: '(Ký, ghi rõ họ tên và đóng dấu)', name: e.actorName }],
  };
}
