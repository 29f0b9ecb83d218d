import { err, ok, type Result } from '../shared/result';
import { dateParts, dayNumberFromParts, fromDayNumber, toDayNumber, type LocalDate } from './local-date';

// Vietnamese lunisolar calendar after Hồ Ngọc Đức, "Âm lịch Việt Nam" (informatik.uni-leipzig.de/~duc/amlich/),
// docs/DOMAIN.md §2.6: Meeus new moons and solar longitude, evaluated at Vietnam's fixed UTC+7.
// Written for this project from the published method; no third-party code is copied.

/** A Vietnamese lunar date; `leap` marks a day in an intercalary (nhuận) month. */
export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap: boolean;
}

/** One lunar month of a lunar year: its number, leap flag, first solar day and length (29 or 30). */
export interface LunarMonthInfo {
  readonly month: number;
  readonly leap: boolean;
  readonly start: LocalDate;
  readonly length: 29 | 30;
}

/** The ten Heavenly Stems (Thiên can) in Vietnamese. */
export const HEAVENLY_STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
/** The twelve Earthly Branches (Địa chi) in Vietnamese (Mão = cat, not rabbit). */
export const EARTHLY_BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const;
/** Vietnamese names of lunar months 1–12 (index 0 = tháng Giêng). */
export const LUNAR_MONTH_NAMES = ['Giêng', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười Một', 'Chạp'] as const;

/** Hours east of UTC used for every lunar computation (Vietnam, UTC+7). */
export const VIETNAM_TIME_ZONE_HOURS = 7;

const TZ_DAYS = VIETNAM_TIME_ZONE_HOURS / 24;
const DEG = Math.PI / 180;
const SYNODIC_MONTH = 29.530588853;
const JD_UNIX_EPOCH = 2_440_588; // Julian day number of 1970-01-01

/** Julian day (fractional, TT ≈ UT) of the k-th new moon after the one of 1900-01-01 (Meeus, ch. 49, short series). */
function newMoonJulian(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const mean =
    2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG;
  const latitudeArg = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * latitudeArg) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * latitudeArg + sunAnomaly) -
    0.0004 * Math.sin(2 * latitudeArg - sunAnomaly) -
    0.0006 * Math.sin(2 * latitudeArg + moonAnomaly) +
    0.001 * Math.sin(2 * latitudeArg - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  const deltaT =
    t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3 : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - deltaT;
}

/** Julian day number of the local (UTC+7) civil day on which the k-th new moon falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJulian(k) + 0.5 + TZ_DAYS);
}

/** Apparent solar longitude in radians [0, 2π) at a fractional Julian day (Meeus, low precision). */
function solarLongitude(jd: number): number {
  const t = (jd - 2_451_545.0) / 36_525;
  const t2 = t * t;
  const anomaly = (357.5291 + 35_999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG;
  const meanLongitude = 280.46645 + 36_000.76983 * t + 0.0003032 * t2;
  const centre =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) +
    0.00029 * Math.sin(3 * anomaly);
  const rad = (meanLongitude + centre) * DEG;
  return rad - 2 * Math.PI * Math.floor(rad / (2 * Math.PI));
}

/** Which 30° sector (0–11) the sun occupies at the start (00:00 UTC+7) of a local day; a change marks a major term (trung khí). */
function solarSector(dayJdn: number): number {
  return Math.floor((solarLongitude(dayJdn - 0.5 - TZ_DAYS) / Math.PI) * 6);
}

/** Index k of the new moon that begins lunar month 11 (the month holding the December solstice) of a Gregorian year. */
function month11Index(gregorianYear: number): number {
  const dec31 = dayNumberFromParts(gregorianYear, 12, 31) + JD_UNIX_EPOCH;
  const k = Math.floor((dec31 - 2_415_021) / SYNODIC_MONTH);
  // If the sun is already past 270° when that month begins, the solstice fell in the previous month.
  return solarSector(newMoonDay(k)) >= 9 ? k - 1 : k;
}

interface SpanMonth {
  readonly month: number;
  readonly leap: boolean;
  readonly startJdn: number;
  readonly length: number;
  readonly lunarYear: number;
}

/** The lunar months from month 11 of year g−1 up to (not including) month 11 of year g; this span holds Tết of year g. */
function monthsOfSpan(g: number): SpanMonth[] {
  const k0 = month11Index(g - 1);
  const endJdn = newMoonDay(month11Index(g));
  const starts: number[] = [];
  for (let i = 0; ; i++) {
    const s = newMoonDay(k0 + i);
    if (s >= endJdn) break;
    starts.push(s);
  }
  starts.push(endJdn);
  const count = starts.length - 1; // 12 or 13 months
  // With 13 months, the first month after month 11 that contains no major solar term is the leap month.
  let leapAt = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (solarSector(starts[i] ?? 0) === solarSector(starts[i + 1] ?? 0)) {
        leapAt = i;
        break;
      }
    }
  }
  const out: SpanMonth[] = [];
  let passedNewYear = false;
  for (let i = 0; i < count; i++) {
    const ordinal = leapAt >= 0 && i >= leapAt ? i - 1 : i; // months counted from month 11
    const month = ((10 + ordinal) % 12) + 1;
    const leap = i === leapAt;
    if (month === 1 && !leap) passedNewYear = true;
    const startJdn = starts[i] ?? 0;
    out.push({ month, leap, startJdn, length: (starts[i + 1] ?? 0) - startJdn, lunarYear: passedNewYear ? g : g - 1 });
  }
  return out;
}

const jdnToDate = (jdn: number): LocalDate => fromDayNumber(jdn - JD_UNIX_EPOCH);

/** Converts a solar date to the Vietnamese lunar date (UTC+7). */
export function solarToLunar(date: LocalDate): LunarDate {
  const jdn = toDayNumber(date) + JD_UNIX_EPOCH;
  const g = dateParts(date).year;
  const span = jdn >= newMoonDay(month11Index(g)) ? monthsOfSpan(g + 1) : monthsOfSpan(g);
  let found = span[0];
  for (const m of span) if (m.startJdn <= jdn) found = m;
  if (found === undefined) throw new RangeError('unreachable: empty lunar span');
  return { year: found.lunarYear, month: found.month, day: jdn - found.startJdn + 1, leap: found.leap };
}

/** All months of a lunar year in order, from tháng Giêng to tháng Chạp, including its leap month if any. */
export function lunarYearMonths(lunarYear: number): LunarMonthInfo[] {
  const months = [...monthsOfSpan(lunarYear), ...monthsOfSpan(lunarYear + 1)].filter((m) => m.lunarYear === lunarYear);
  return months.map((m) => ({ month: m.month, leap: m.leap, start: jdnToDate(m.startJdn), length: m.length === 30 ? 30 : 29 }));
}

/** The leap month number of a lunar year, or null when the year has twelve months. */
export function leapMonthOf(lunarYear: number): number | null {
  return lunarYearMonths(lunarYear).find((m) => m.leap)?.month ?? null;
}

/** Converts a Vietnamese lunar date to the solar date; invalid combinations (e.g. a leap month that does not exist, day 30 of a short month) fail. */
export function lunarToSolar(lunar: LunarDate): Result<LocalDate, 'INVALID_LUNAR_DATE'> {
  const { year, month, day, leap } = lunar;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > 30) {
    return err('INVALID_LUNAR_DATE', `Invalid lunar date ${day}/${month}/${year}`);
  }
  const span = monthsOfSpan(month >= 11 ? year + 1 : year);
  const m = span.find((x) => x.lunarYear === year && x.month === month && x.leap === leap);
  if (m === undefined) return err('INVALID_LUNAR_DATE', `Lunar year ${year} has no ${leap ? 'leap ' : ''}month ${month}`);
  if (day > m.length) return err('INVALID_LUNAR_DATE', `Lunar month ${month}/${year} has ${m.length} days`);
  return ok(jdnToDate(m.startJdn + day - 1));
}

/** Solar date of mùng 1 Tết (1/1 lunar) of the lunar year beginning in the given Gregorian year. */
export function lunarNewYear(year: number): LocalDate {
  const first = monthsOfSpan(year).find((m) => m.month === 1 && !m.leap);
  if (first === undefined) throw new RangeError('unreachable: no first month');
  return jdnToDate(first.startJdn);
}

/** Solar date of the last day of a lunar year (29 or 30 tháng Chạp), i.e. the eve of the next Tết. */
export function lastDayOfLunarYear(lunarYear: number): LocalDate {
  return fromDayNumber(toDayNumber(lunarNewYear(lunarYear + 1)) - 1);
}

/** The Can-Chi (sexagenary) name of a lunar year, e.g. 2026 → 'Bính Ngọ', 1984 → 'Giáp Tý'. */
export function canChiOfYear(lunarYear: number): string {
  const stem = HEAVENLY_STEMS[(((lunarYear + 6) % 10) + 10) % 10];
  const branch = EARTHLY_BRANCHES[(((lunarYear + 8) % 12) + 12) % 12];
  return `${stem ?? ''} ${branch ?? ''}`;
}

/** The Can-Chi name of a solar day (cycle anchored on Julian day numbers: JDN + 9 → stem, JDN + 1 → branch). */
export function canChiOfDay(date: LocalDate): string {
  const jdn = toDayNumber(date) + JD_UNIX_EPOCH;
  return `${HEAVENLY_STEMS[(jdn + 9) % 10] ?? ''} ${EARTHLY_BRANCHES[(jdn + 1) % 12] ?? ''}`;
}

/** Vietnamese label of a lunar date, e.g. 'mùng 1 tháng Giêng năm Bính Ngọ', '29 tháng Chạp năm Ất Tỵ'. */
export function formatLunarDate(lunar: LunarDate): string {
  const day = lunar.day <= 10 ? `mùng ${lunar.day}` : String(lunar.day);
  const month = `tháng ${LUNAR_MONTH_NAMES[lunar.month - 1] ?? lunar.month}${lunar.leap ? ' nhuận' : ''}`;
  return `${day} ${month} năm ${canChiOfYear(lunar.year)}`;
}
