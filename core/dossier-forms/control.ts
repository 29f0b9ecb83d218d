import { classifyTimeliness, type Timeliness } from '../calendar/legal-clock';
import { TIMELINESS_LABELS } from './labels';
import { placeDateLine, shortMoment, vnMoment } from './format';
import { lookupUrl, type FormContext, type FormDocument, type FormDossier, type FormHandOver, type FormStep } from './model';
import { formRefOf, formRulesOf, formTitleOf } from './rules';
import { documentsSummary } from './documents';

/** What the result column of a control-slip row says. */
export type StepResult = Timeliness | 'in_progress' | 'overdue' | 'not_started';

// docs/DOMAIN.md §4.4: each hand-over row records the result of the step: trước hạn / đúng hạn / quá hạn.
/** A step's result: the stored class, else finish vs due (classifyTimeliness), else progress as of `now`. */
export function classifyStep(step: Pick<FormStep, 'startedAt' | 'dueAt' | 'finishedAt' | 'timeliness'>, now: Date): StepResult {
  if (step.finishedAt) {
    if (step.timeliness) return step.timeliness;
    return step.dueAt ? classifyTimeliness(step.finishedAt.getTime(), step.dueAt.getTime()) : 'on_time';
  }
  if (!step.startedAt) return 'not_started';
  return step.dueAt && now.getTime() > step.dueAt.getTime() ? 'overdue' : 'in_progress';
}

/** Vietnamese wording of a step result. */
export function stepResultLabel(r: StepResult): string {
  switch (r) {
    case 'early':
    case 'on_time':
    case 'late':
      return TIMELINESS_LABELS[r].vi;
    case 'in_progress':
      return 'Đang xử lý';
    case 'overdue':
      return 'Đang xử lý, quá hạn';
    case 'not_started':
      return 'Chưa nhận';
  }
}

/** The table rows of the control slip, one per hand-over, in position order. */
export function controlSlipRows(steps: readonly FormStep[], now: Date): string[][] {
  return [...steps]
    .sort((a, b) => a.position - b.position)
    .map((s, i) => [
      String(i + 1),
      `${s.unitName}\n${s.name}`,
      shortMoment(s.startedAt),
      shortMoment(s.finishedAt),
      shortMoment(s.dueAt),
      stepResultLabel(classifyStep(s, now)),
      s.handlerName ?? '',
      s.note ?? '',
    ]);
}

// docs/DOMAIN.md §10.6: the one-stop unit hands the dossier to the handling agency by the deadline the decree sets.
/** The hand-over line of the control slip: "by <deadline> — handed over <moment>, on time / late" (or pending). */
export function handOverText(h: FormHandOver): string {
  const by = `Chậm nhất ${vnMoment(h.dueAt)}`;
  if (h.handedAt) return `${by} — đã chuyển ${vnMoment(h.handedAt)}, ${h.result === 'late' ? 'quá hạn' : 'đúng hạn'}`;
  return h.overdue ? `${by} — chưa chuyển, quá hạn` : `${by} — chưa chuyển`;
}

/** Mẫu 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ: header, the hand-over deadline, one row per hand-over. */
export function controlSlipForm(d: FormDossier, ctx: FormContext): FormDocument {
  const rules = formRulesOf(d);
  const rows: Array<[string, string]> = [
    ['Tên tổ chức, cá nhân:', d.applicant.name],
    ['Thủ tục hành chính:', d.procedure.name],
    ['Cơ quan chủ trì giải quyết:', d.handlingUnit.name],
    // docs/DOMAIN.md §5.4: the slip travels with the dossier, so it names what was handed over.
    ['Thành phần hồ sơ đã nhận:', documentsSummary(d.documents)],
    ['Ngày, giờ nhận hồ sơ:', d.receivedAt ? vnMoment(d.receivedAt) : ''],
    ['Ngày, giờ hẹn trả kết quả:', d.dueAt ? vnMoment(d.dueAt) : ''],
  ];
  if (d.handOver) rows.push(['Hạn chuyển hồ sơ đến cơ quan giải quyết:', handOverText(d.handOver)]);
  return {
    form: '06',
    formRef: formRefOf(rules, '06'),
    orientation: 'portrait',
    issuer: { parentName: d.receivingUnit.parentName, name: d.receivingUnit.name },
    number: d.code,
    placeDate: placeDateLine(ctx.place, ctx.now),
    title: formTitleOf(rules, '06'),
    subtitle: `Mã hồ sơ: ${d.code}`,
    blocks: [
      { kind: 'fields', rows },
      {
        kind: 'table',
        headers: ['STT', 'Cơ quan, đơn vị / bước xử lý', 'Nhận hồ sơ', 'Giao hồ sơ', 'Hạn xử lý', 'Kết quả', 'Người xử lý', 'Ghi chú'],
        widths: [18, '*', 50, 50, 50, 46, 52, 52],
        rows: controlSlipRows(d.steps, ctx.now),
        fontSize: 8.5,
        align: ['center', 'left', 'center', 'center', 'center', 'center', 'left', 'left'],
      },
      {
        kind: 'paragraph',
        parts: [{ text: 'Kết quả của từng bước: Trước hạn / Đúng hạn / Quá hạn, so với hạn xử lý của bước đó.', italics: true }],
      },
    ],
    signatures: [],
    qrUrl: lookupUrl(ctx.publicBaseUrl, d.lookupKey),
    fileName: `mau-06-${d.code}.pdf`,
  };
}
