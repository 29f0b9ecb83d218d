import { TIMELINESS_LABELS, statusLabelVi } from './labels';
import { placeDateLine, shortDate, shortMoment } from './format';
import type { FormDocument, FormUnit } from './model';
import { documentsSummary, type HandedOver } from './documents';
import { formRefOf, formTitleOf, registerRulesOf } from './rules';

/** One dossier line of the register (Mẫu 07, sổ theo dõi hồ sơ). */
export type RegisterEntry = {
  code: string;
  procedureName: string;
  /** What was handed over (docs/DOMAIN.md §5.4). */
  documents: HandedOver;
  applicantName: string;
  applicantContact: string | null;
  handlingUnitName: string;
  receivedAt: Date | null;
  dueAt: Date | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
  status: string;
  timeliness: 'early' | 'on_time' | 'late' | null;
};

/** Register period and unit. */
export type RegisterInput = { unit: FormUnit; from: Date; to: Date; entries: RegisterEntry[] };

/** Column headings of the register, shared by PDF and Excel. */
export const REGISTER_HEADERS = [
  'STT',
  'Mã hồ sơ',
  'Tên thủ tục hành chính',
  'Thành phần hồ sơ',
  'Tổ chức, cá nhân',
  'Địa chỉ, điện thoại',
  'Cơ quan chủ trì giải quyết',
  'Ngày nhận',
  'Hẹn trả',
  'Ngày có kết quả',
  'Ngày trả kết quả',
  'Tình trạng',
] as const;

/** Width (pt) of the code column of the register PDF: fits a 22-character code such as 66.TTPVHCC-261102-0001. */
export const REGISTER_CODE_WIDTH = 92;

/** The register's rows as text cells, in the order given; `before` lines came before them (a page of a long register). */
export function registerRows(entries: readonly RegisterEntry[], before = 0): string[][] {
  return entries.map((e, i) => [
    String(before + i + 1),
    e.code,
    e.procedureName,
    documentsSummary(e.documents),
    e.applicantName,
    e.applicantContact ?? '',
    e.handlingUnitName,
    shortMoment(e.receivedAt),
    shortMoment(e.dueAt),
    shortMoment(e.finishedAt),
    shortMoment(e.returnedAt),
    e.timeliness ? `${statusLabelVi(e.status)} (${TIMELINESS_LABELS[e.timeliness].vi.toLowerCase()})` : statusLabelVi(e.status),
  ]);
}

// On the landscape page the documents go under the procedure's name, in its cell: a column of their own would take the
// width the name needs (the Excel register keeps them in their own column).
const pdfColumns = (cells: string[]): string[] => [...cells.slice(0, 2), `${cells[2] ?? ''}\n${cells[3] ?? ''}`, ...cells.slice(4)];

/** "Từ ngày 01/11/2026 đến ngày 30/11/2026". */
export const registerPeriod = (from: Date, to: Date) => `Từ ngày ${shortDate(from)} đến ngày ${shortDate(to)}`;

/** Mẫu 07 — Sổ theo dõi hồ sơ of a unit for a period, landscape. */
export function registerForm(input: RegisterInput, ctx: { now: Date; place: string }): FormDocument {
  const rules = registerRulesOf(input.to);
  return {
    form: '07',
    formRef: formRefOf(rules, '07'),
    orientation: 'landscape',
    issuer: { parentName: input.unit.parentName, name: input.unit.name },
    number: '……',
    placeDate: placeDateLine(ctx.place, ctx.now),
    title: formTitleOf(rules, '07'),
    subtitle: `${registerPeriod(input.from, input.to)} — ${input.entries.length} hồ sơ`,
    blocks: [
      {
        kind: 'table',
        headers: pdfColumns([...REGISTER_HEADERS]),
        // A code like 66.TTPVHCC-261102-0001 is 90.3 pt in Roboto 7.5 pt: its column holds it on one line; the text
        // columns beside it give up the room, so the procedure name ('*') keeps its width.
        widths: [16, REGISTER_CODE_WIDTH, '*', 64, 64, 62, 44, 44, 44, 44, 56],
        rows: registerRows(input.entries).map(pdfColumns),
        fontSize: 7.5,
        align: ['center', 'left', 'left', 'left', 'left', 'left', 'center', 'center', 'center', 'center', 'left'],
      },
    ],
    signatures: [{ title: 'NGƯỜI LẬP SỔ', hint: '(Ký và ghi rõ họ tên)', name: null }],
    qrUrl: null,
    fileName: `mau-07-so-theo-doi-ho-so.pdf`,
  };
}
