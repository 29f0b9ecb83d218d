// The statistics rule sets, side by side, as versioned data with their legal references (docs/ONE-STOP.md "Two
// statistics rule sets", docs/decisions/0007-statistics-rule-sets.md). The one-stop rule sets name them
// (core/dossier/rule-sets.ts `statistics`); classifyForPeriod applies them. A reference marked "chưa đối chiếu" was not
// read in its official text here: whoever reads it changes the line, not the code.
import type { LocalDate } from '../calendar/index';

/** The statistics rule sets, by the ids the one-stop rule sets use and the API's `rules` parameter takes. */
export const STATS_RULE_SET_IDS = ['periodic-report', 'decision-766'] as const;
/** A statistics rule set id. */
export type StatsRuleSetId = (typeof STATS_RULE_SET_IDS)[number];

/** One version of a statistics rule set: who is counted and how each dossier is judged. */
export type StatsRules = {
  readonly id: StatsRuleSetId;
  /** Version tag, stored with a locked report. */
  readonly version: string;
  readonly name: string;
  readonly legalRef: string;
  /** First and last period end day the version applies to (both included; validTo null = open-ended). */
  readonly validFrom: LocalDate;
  readonly validTo: LocalDate | null;
  /**
   * Accepted dossiers withdrawn or stopped without a result: 'apart' (outside the timeliness figures, counted apart as
   * ended without a result) or 'judged_at_end' (in the figures, the withdrawal or stop ends processing and is timed).
   */
  readonly ended: 'apart' | 'judged_at_end';
  readonly endedRef: string;
  /** Which appointment a dossier is judged against: 'original' (before any apology) or 'current' (the appointment). */
  readonly appointment: 'original' | 'current';
  /** With 'current': whether a new date set by a late apology (recorded late, docs/DOMAIN.md §10.4) moves it. */
  readonly lateApologyMovesAppointment: boolean;
  readonly appointmentRef: string;
  /** More supplement requests than this make the dossier late; null = no such rule. */
  readonly lateAfterSupplementRequests: number | null;
  readonly supplementRef: string;
  /** A dossier waiting for a supplement (its clock stopped) is judged at the request moment. */
  readonly pendingSupplementRef: string;
};

const NOT_READ = '(chưa đối chiếu điều khoản)';
const QD766 = 'Quyết định 766/QĐ-TTg ngày 23/6/2022, Phụ lục, chỉ số 2.1 (theo "Mô tả công thức tính chỉ số 766" trên Cổng DVCQG)';

// The periodic report (Biểu II.06a, Circular 01/2020/TT-VPCP) as CCHC has counted it since issue #4 (docs/DOMAIN.md §6).
const PERIODIC_2020: StatsRules = {
  id: 'periodic-report',
  version: 'tt01-2020',
  name: 'Báo cáo định kỳ (Biểu II.06a)',
  legalRef: `Thông tư 01/2020/TT-VPCP, Biểu II.06a ${NOT_READ}`,
  validFrom: '2020-01-01' as LocalDate,
  validTo: null,
  ended: 'apart',
  endedRef: `Thông tư 01/2020/TT-VPCP, Biểu II.06a: hồ sơ rút, dừng không thuộc số hồ sơ giải quyết ${NOT_READ}`,
  appointment: 'original',
  lateApologyMovesAppointment: false,
  appointmentRef: 'Quyết định 0003 #1 của CCHC: thời hạn trước khi xin lỗi, hẹn lại (docs/DOMAIN.md §3.5)',
  lateAfterSupplementRequests: null,
  supplementRef: 'Yêu cầu bổ sung lần 2 trở đi được thống kê riêng (docs/DOMAIN.md §6.4)',
  pendingSupplementRef: `Nghị định 61/2018/NĐ-CP Điều 17; Nghị định 118/2025/NĐ-CP: thời gian chờ bổ sung không tính ${NOT_READ}`,
};

// Decision 766/QĐ-TTg indicator 2.1 as the national portal computes it ("Mô tả công thức tính chỉ số 766").
const DECISION_766_2022: StatsRules = {
  id: 'decision-766',
  version: 'qd766-2022',
  name: 'Chỉ số 2.1 Quyết định 766/QĐ-TTg',
  legalRef: QD766,
  validFrom: '2022-08-01' as LocalDate,
  validTo: null,
  ended: 'judged_at_end',
  endedRef: `${QD766}: kết thúc xử lý gồm từ chối, dừng xử lý, công dân rút hồ sơ (chỉ hồ sơ đã tiếp nhận)`,
  appointment: 'current',
  lateApologyMovesAppointment: false,
  appointmentRef: `${QD766}: ngày hẹn trả (NgayHenTra) trong thông tin hồ sơ đồng bộ; hẹn lại do xin lỗi muộn: chưa đối chiếu`,
  lateAfterSupplementRequests: 1,
  supplementRef: `${QD766}: yêu cầu bổ sung hồ sơ hơn 01 lần thì tính quá hạn`,
  pendingSupplementRef: `${QD766}: hồ sơ đang chờ bổ sung lấy ngày yêu cầu bổ sung là thời gian kết thúc xử lý`,
};

/** Every version of the statistics rule sets; versions of one id do not overlap. */
export const STATS_RULE_SETS: readonly StatsRules[] = [PERIODIC_2020, DECISION_766_2022];

/** The version of a statistics rule set in force on a period's last day (before the first version: the first). */
export function statsRulesOn(id: StatsRuleSetId, day: LocalDate, sets: readonly StatsRules[] = STATS_RULE_SETS): StatsRules {
  const versions = sets.filter((s) => s.id === id);
  const hit = versions.find((s) => s.validFrom <= day && (s.validTo === null || day <= s.validTo)) ?? versions[0];
  if (!hit) throw new RangeError(`no statistics rule set ${id}`);
  return hit;
}

/** True when the string names a statistics rule set. */
export const isStatsRuleSetId = (s: string): s is StatsRuleSetId => (STATS_RULE_SET_IDS as readonly string[]).includes(s);
