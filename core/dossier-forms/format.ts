import { toLocalDateTime } from '../calendar/local-date';

// NĐ 30/2020/NĐ-CP, Phụ lục I: days below 10 and the months 1 and 2 are written with a leading zero.
const dayText = (d: number): string => (d < 10 ? `0${d}` : String(d));
const monthText = (m: number): string => (m < 3 ? `0${m}` : String(m));
const pad2 = (n: number): string => String(n).padStart(2, '0');

function parts(at: Date) {
  const l = toLocalDateTime(at.getTime());
  const [y, m, d] = l.date.split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day: d, hour: l.hour, minute: l.minute };
}

/** "ngày 25 tháng 11 năm 2026" at UTC+7, in the administrative style. */
export function vnDate(at: Date): string {
  const p = parts(at);
  return `ngày ${dayText(p.day)} tháng ${monthText(p.month)} năm ${p.year}`;
}

/** "16 giờ 30 phút, ngày 25 tháng 11 năm 2026" at UTC+7. */
export function vnMoment(at: Date): string {
  const p = parts(at);
  return `${p.hour} giờ ${pad2(p.minute)} phút, ${vnDate(at)}`;
}

/** "Buôn Ma Thuột, ngày 25 tháng 11 năm 2026": the place-and-date line of a document. */
export function placeDateLine(place: string, at: Date): string {
  return `${place}, ${vnDate(at)}`;
}

/** "25/11/2026 16:30" at UTC+7, for table cells; '' for no moment. */
export function shortMoment(at: Date | null): string {
  if (!at) return '';
  const p = parts(at);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year} ${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** "25/11/2026" at UTC+7; '' for no moment. */
export function shortDate(at: Date | null): string {
  if (!at) return '';
  const p = parts(at);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

/** "1.250.000 đồng" (Vietnamese thousands separator). */
export function vnMoney(amount: number): string {
  const s = Math.round(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${s} đồng`;
}

/** "05 ngày làm việc": the legal processing time; a same-day procedure reads "Trong ngày" with its cutoff (docs/DOMAIN.md §3.9). */
export function vnDuration(
  value: number,
  unit: 'working_day' | 'working_hour' | 'calendar_day' | 'same_day',
  cutoff?: string | null,
): string {
  if (unit === 'same_day') {
    return cutoff ? `Trong ngày (hồ sơ nhận sau ${cutoff} trả kết quả trong ngày làm việc tiếp theo)` : 'Trong ngày';
  }
  const v = Number.isInteger(value) ? (value < 10 ? `0${value}` : String(value)) : String(value).replace('.', ',');
  const label = unit === 'working_day' ? 'ngày làm việc' : unit === 'working_hour' ? 'giờ làm việc' : 'ngày';
  return `${v} ${label}`;
}
