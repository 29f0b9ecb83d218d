import { dateOf, momentAt, parseClock, startOfDay, type Instant, type LocalDate } from '../calendar/local-date';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { err, ok, type Result } from '../shared/result';

// The one-stop rules change with the law: Decree 61/2018 + Decree 107/2021 with Circular 01/2018 for dossiers received
// before 1 July 2025, Decree 118/2025 with Circular 03/2025 from that day. Each version below is data with its legal
// references and validity dates, chosen by the dossier's reception date (docs/DOMAIN.md §10,
// docs/decisions/0005-one-stop-rules-2025.md). A reference marked "chưa đối chiếu" was not read for this project.

/** The one-stop forms, by the codes the API uses (the numbering of Circular 03/2025/TT-VPCP Annex I). */
export const ONE_STOP_FORM_CODES = ['01', '02', '03', '04', '05', '06', '07'] as const;
/** A one-stop form code. */
export type OneStopFormCode = (typeof ONE_STOP_FORM_CODES)[number];

/** How a form is printed under a rule set: its number on the page (null: no official form), title and source. */
export type FormRule = { readonly number: string | null; readonly title: string; readonly legalRef: string };

/** The apology with a new date (form 04): how long before the due it is owed, and what happens when it comes later. */
export type ApologyRule = {
  /** Working days before the current due moment the apology is owed. */
  readonly minWorkingDaysBefore: number;
  /** 'record': a late apology is recorded and flagged (the dossier is late); 'refuse': it is refused. */
  readonly late: 'record' | 'refuse';
  /** How many new dates may be set. */
  readonly maxExtensions: number;
  readonly legalRef: string;
};

/** The one-stop unit's hand-over of a dossier to the handling agency. */
export type HandOverRule = {
  /** Received on a working day before this time (HH:MM): by the close of that day; else the next working day's morning. */
  readonly cutoff: string;
  /** "Đầu giờ" of the next working day read as this many working minutes after its opening. */
  readonly nextDayWithinMinutes: number;
  readonly legalRef: string;
};

/** A case in which handling may be stopped (form 05). */
export type StopCase = { readonly code: string; readonly vi: string; readonly en: string };

/** One version of the one-stop rules. */
export type OneStopRuleSet = {
  readonly id: 'nd61-2018' | 'nd118-2025';
  readonly name: string;
  /** Documents the version follows, as printed on its forms' legal-basis line. */
  readonly legalRefs: readonly string[];
  /** First and last reception day the version applies to (both included, Vietnam dates; validTo null = open-ended). */
  readonly validFrom: LocalDate;
  readonly validTo: LocalDate | null;
  readonly forms: Readonly<Record<OneStopFormCode, FormRule>>;
  readonly clock: {
    /** A supplement request pauses the clock; the time spent still counts. */
    readonly supplementPauses: boolean;
    readonly supplementRef: string;
    /** Waiting for the applicant's financial obligations pauses the clock where the procedure's setting says so. */
    readonly paymentPause: 'procedure_setting' | 'never';
    readonly paymentRef: string;
    readonly apology: ApologyRule;
  };
  readonly handOver: HandOverRule;
  /** A dossier found ineligible during handling ends with a written refusal (form 03) as its result. */
  readonly refusalAfterReview: { readonly form: OneStopFormCode; readonly legalRef: string };
  readonly stop: { readonly form: OneStopFormCode | null; readonly cases: readonly StopCase[]; readonly legalRef: string };
  /** Which statistics rule sets apply (the statistics module owns them): the periodic report and the service index. */
  readonly statistics: { readonly periodic: string; readonly serviceIndex: string };
};

const NOT_READ = '(chưa đối chiếu điều khoản)';
const TT01_2018 = 'Thông tư 01/2018/TT-VPCP';
const TT03_2025 = 'Thông tư 03/2025/TT-VPCP, Phụ lục I';

// Decree 61/2018/NĐ-CP as amended by Decree 107/2021/NĐ-CP, forms of Circular 01/2018/TT-VPCP (docs/DOMAIN.md §10.2).
const RULES_2018: OneStopRuleSet = {
  id: 'nd61-2018',
  name: 'Nghị định 61/2018/NĐ-CP, Nghị định 107/2021/NĐ-CP, Thông tư 01/2018/TT-VPCP',
  legalRefs: ['Nghị định 61/2018/NĐ-CP', 'Nghị định 107/2021/NĐ-CP', 'Thông tư 01/2018/TT-VPCP'],
  validFrom: '2018-06-21' as LocalDate,
  validTo: '2025-06-30' as LocalDate,
  forms: {
    '01': { number: '01', title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', legalRef: `${TT01_2018}, Mẫu 01` },
    '02': { number: '02', title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', legalRef: `${TT01_2018}, Mẫu 02` },
    '03': { number: '03', title: 'PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ', legalRef: `${TT01_2018}, Mẫu 03` },
    '04': { number: '04', title: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', legalRef: `${TT01_2018}, Mẫu 04` },
    // Circular 01/2018 has no stop notice (its forms are 01–06): the notice is printed without a form number.
    '05': { number: null, title: 'THÔNG BÁO VỀ VIỆC DỪNG XỬ LÝ HỒ SƠ', legalRef: 'Nghị định 61/2018/NĐ-CP' },
    '06': { number: '05', title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', legalRef: `${TT01_2018}, Mẫu 05` },
    '07': { number: '06', title: 'SỔ THEO DÕI HỒ SƠ', legalRef: `${TT01_2018}, Mẫu 06` },
  },
  clock: {
    supplementPauses: true,
    supplementRef: `Nghị định 61/2018/NĐ-CP Điều 17 ${NOT_READ}`,
    paymentPause: 'procedure_setting',
    paymentRef: 'Văn bản quy định thủ tục (ví dụ Luật Đất đai 2024 và Nghị định 101/2024/NĐ-CP)',
    apology: {
      minWorkingDaysBefore: 1,
      late: 'record',
      maxExtensions: 1,
      legalRef: `Nghị định 61/2018/NĐ-CP Điều 17, sửa đổi bởi Nghị định 107/2021/NĐ-CP ${NOT_READ}`,
    },
  },
  handOver: { cutoff: '15:00', nextDayWithinMinutes: 60, legalRef: `Nghị định 61/2018/NĐ-CP Điều 16 ${NOT_READ}` },
  refusalAfterReview: { form: '03', legalRef: `Nghị định 61/2018/NĐ-CP Điều 17 ${NOT_READ}` },
  stop: {
    form: '05',
    cases: [{ code: 'other', vi: 'Trường hợp pháp luật chuyên ngành quy định', en: 'A case set by the procedure’s law' }],
    legalRef: `Nghị định 61/2018/NĐ-CP ${NOT_READ}`,
  },
  statistics: { periodic: 'periodic-report', serviceIndex: 'decision-766' },
};

// Decree 118/2025/NĐ-CP (in force 1/7/2025) and Circular 03/2025/TT-VPCP Annex I forms 01–07 (docs/DOMAIN.md §10.3).
const RULES_2025: OneStopRuleSet = {
  id: 'nd118-2025',
  name: 'Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP',
  legalRefs: ['Nghị định 118/2025/NĐ-CP', 'Thông tư 03/2025/TT-VPCP'],
  validFrom: '2025-07-01' as LocalDate,
  validTo: null,
  forms: {
    '01': { number: '01', title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', legalRef: `${TT03_2025}, Mẫu 01` },
    '02': { number: '02', title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', legalRef: `${TT03_2025}, Mẫu 02` },
    '03': { number: '03', title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ', legalRef: `${TT03_2025}, Mẫu 03` },
    '04': { number: '04', title: 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT', legalRef: `${TT03_2025}, Mẫu 04` },
    '05': { number: '05', title: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ', legalRef: `${TT03_2025}, Mẫu 05` },
    '06': { number: '06', title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', legalRef: `${TT03_2025}, Mẫu 06` },
    '07': { number: '07', title: 'SỔ THEO DÕI HỒ SƠ', legalRef: `${TT03_2025}, Mẫu 07` },
  },
  clock: {
    supplementPauses: true,
    supplementRef: `Nghị định 118/2025/NĐ-CP ${NOT_READ}`,
    paymentPause: 'procedure_setting',
    paymentRef: 'Văn bản quy định thủ tục (ví dụ Luật Đất đai 2024 và Nghị định 101/2024/NĐ-CP)',
    apology: {
      minWorkingDaysBefore: 1,
      late: 'record',
      maxExtensions: 1,
      legalRef: `Nghị định 118/2025/NĐ-CP; ${TT03_2025}, Mẫu 04 ${NOT_READ}`,
    },
  },
  handOver: { cutoff: '15:00', nextDayWithinMinutes: 60, legalRef: `Nghị định 118/2025/NĐ-CP ${NOT_READ}` },
  refusalAfterReview: { form: '03', legalRef: `Nghị định 118/2025/NĐ-CP; ${TT03_2025}, Mẫu 03 ${NOT_READ}` },
  stop: {
    form: '05',
    cases: [
      { code: 'applicant_request', vi: 'Tổ chức, cá nhân đề nghị dừng giải quyết', en: 'The applicant asked to stop' },
      { code: 'other', vi: 'Trường hợp pháp luật chuyên ngành quy định', en: 'A case set by the procedure’s law' },
    ],
    legalRef: `Nghị định 118/2025/NĐ-CP; ${TT03_2025}, Mẫu 05 ${NOT_READ}`,
  },
  statistics: { periodic: 'periodic-report', serviceIndex: 'decision-766' },
};

/** Every version of the one-stop rules, oldest first; periods do not overlap. */
export const ONE_STOP_RULE_SETS: readonly OneStopRuleSet[] = [RULES_2018, RULES_2025];

/** The rule set in force on a Vietnam date; before the first version, the first one. */
export function ruleSetOn(date: LocalDate, sets: readonly OneStopRuleSet[] = ONE_STOP_RULE_SETS): OneStopRuleSet {
  const hit = sets.find((s) => s.validFrom <= date && (s.validTo === null || date <= s.validTo));
  if (hit) return hit;
  const first = sets[0];
  if (!first) throw new RangeError('no one-stop rule set');
  return date < first.validFrom ? first : (sets[sets.length - 1] ?? first);
}

// Decree 118/2025/NĐ-CP applies to dossiers received from 1/7/2025; earlier ones keep the rules of their reception
// (docs/DOMAIN.md §10.1).
/** The rule set of a dossier: the one in force on its reception day (else its submission day, for an online one not yet received). */
export function ruleSetOfDossier(receivedAt: Instant | null, submittedAt: Instant): OneStopRuleSet {
  return ruleSetOn(dateOf(receivedAt ?? submittedAt));
}

/** The rule set with the given id, or null. */
export function ruleSetById(id: string): OneStopRuleSet | null {
  return ONE_STOP_RULE_SETS.find((s) => s.id === id) ?? null;
}

/** Why a hand-over deadline cannot be computed. */
export type HandOverErrorCode = 'INVALID_CUTOFF' | 'OUT_OF_CALENDAR_RANGE';

// Received on a working day before the cutoff: handed over the same working day; after it, or on a day off, at the
// start of the next working day (Decree 61/2018/NĐ-CP Art. 16(1)(b), recalled; Decree 118/2025 unverified; docs/DOMAIN.md §10.6).
/** The moment by which the one-stop unit must hand a dossier received at `receivedAt` to the handling agency. */
export function handOverDeadline(calendar: WorkingCalendar, receivedAt: Instant, rule: HandOverRule): Result<Instant, HandOverErrorCode> {
  const cutoff = parseClock(rule.cutoff);
  if (!cutoff.ok) return err('INVALID_CUTOFF', `Invalid cutoff ${rule.cutoff}`);
  try {
    const day = dateOf(receivedAt);
    if (calendar.isWorkingDay(day) && receivedAt < momentAt(day, rule.cutoff)) {
      const close = calendar.closeOfDay(day);
      if (close !== null) return ok(close);
    }
    const next = calendar.addWorkingDays(day, 1);
    const opening = calendar.nextWorkingMoment(startOfDay(next));
    return ok(calendar.shiftWorking(opening, rule.nextDayWithinMinutes));
  } catch (e) {
    if (e instanceof RangeError) return err('OUT_OF_CALENDAR_RANGE', e.message);
    throw e;
  }
}

/** The hand-over as the control slip shows it. */
export type HandOverState = {
  readonly dueAt: Instant;
  readonly handedAt: Instant | null;
  /** 'on_time' or 'late' once handed over; null before. */
  readonly result: 'on_time' | 'late' | null;
  /** Not handed over and past the deadline at `now`. */
  readonly overdue: boolean;
};

/** Whether the hand-over was (or is being) done by its deadline. */
export function handOverState(dueAt: Instant, handedAt: Instant | null, now: Instant): HandOverState {
  if (handedAt !== null) return { dueAt, handedAt, result: handedAt <= dueAt ? 'on_time' : 'late', overdue: false };
  return { dueAt, handedAt: null, result: null, overdue: now > dueAt };
}

/** A step of a dossier's route as the hand-over needs it. */
export type HandOverStep = { readonly position: number; readonly unitId: string; readonly finishedAt: Instant | null };

/**
 * When the dossier left the receiving one-stop unit: receipt when its first step is elsewhere (sent at once), else the
 * finish of the last leading step at the receiving unit; undefined when the whole route stays at the receiving unit (no
 * hand-over), null while not yet handed over.
 */
export function handedOverAt(receivingUnitId: string, receivedAt: Instant, steps: readonly HandOverStep[]): Instant | null | undefined {
  const ordered = [...steps].sort((a, b) => a.position - b.position);
  const leaving = ordered.findIndex((s) => s.unitId !== receivingUnitId);
  if (leaving < 0) return undefined;
  if (leaving === 0) return receivedAt;
  return ordered[leaving - 1]?.finishedAt ?? null;
}
