import { sql, type Kysely } from 'kysely';

// Working calendar (issue #3): dated calendar entries (holidays, Tết, compensatory and swapped days off, make-up
// working days, local closures), the announcing notices, office-hours periods, and a version counter that every
// write bumps so each server process knows when its in-memory WorkingCalendar is stale.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE calendar_days (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      date date NOT NULL,
      kind text NOT NULL CHECK (kind IN ('holiday','tet','compensatory','swap_off','makeup_workday','local_closure')),
      name text NOT NULL CHECK (length(btrim(name)) > 0),
      name_en text,
      legal_ref text NOT NULL CHECK (length(btrim(legal_ref)) > 0),
      status text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('proposed','confirmed')),
      unit_id uuid REFERENCES units(id),
      created_by uuid REFERENCES users(id),
      updated_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      -- A local closure (flood, election…) belongs to a unit and its subtree; every other kind is province-wide.
      CHECK ((kind = 'local_closure') = (unit_id IS NOT NULL)),
      CHECK (date BETWEEN '2000-01-01' AND '2099-12-31')
    )`.execute(db);
  // One entry per date and scope (province-wide = NULL unit).
  await sql`CREATE UNIQUE INDEX calendar_days_date_unit_key ON calendar_days (date, unit_id) NULLS NOT DISTINCT`.execute(db);
  await sql`CREATE INDEX calendar_days_unit_idx ON calendar_days (unit_id) WHERE unit_id IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE calendar_notices (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2099),
      ref text NOT NULL,
      issued_on date,
      covers text NOT NULL,
      source text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (year, ref)
    )`.execute(db);

  // Office hours in effect from valid_from until the next period; weekly = 7 session lists, Monday first.
  await sql`
    CREATE TABLE calendar_office_hours (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      valid_from date NOT NULL UNIQUE,
      weekly jsonb NOT NULL CHECK (jsonb_typeof(weekly) = 'array' AND jsonb_array_length(weekly) = 7),
      makeup_day jsonb CHECK (makeup_day IS NULL OR jsonb_typeof(makeup_day) = 'array'),
      legal_ref text,
      updated_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  // A single row; every calendar write increments version in its transaction (and thereby serialises writers).
  await sql`
    CREATE TABLE calendar_state (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      version bigint NOT NULL DEFAULT 0
    )`.execute(db);
  await sql`INSERT INTO calendar_state (id, version) VALUES (true, 1)`.execute(db);

  await insertReferenceData(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['calendar_state', 'calendar_office_hours', 'calendar_notices', 'calendar_days']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(t)}`.execute(db);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reference data (a data migration, on purpose): every database, including a PostgreSQL server that never gets the
// demo seed, must know the announced holidays from its first start, or due dates would be wrong. The rows below are
// a frozen copy, taken on 25/11/2026, of core/calendar/schedules.ts (SCHEDULE_2025, SCHEDULE_2026, confirmed:
// docs/DOMAIN.md §2.5) and of proposeHolidays(2027..2030) (Labour Code 2019 Art. 112 + Art. 111(3), status
// 'proposed' until an administrator confirms or edits them). Later announcements arrive through the admin page
// (Excel import) or db/seeds/calendar.ts, never by editing this migration. calendar.test.ts checks the copy.

type DayRow = readonly [date: string, kind: string, name: string, nameEn: string, legalRef: string, status: 'proposed' | 'confirmed'];

// One calendar entry per line, so the table reads like the notices it copies.
// prettier-ignore
const DAYS: readonly DayRow[] = [
  ["2025-01-01", "holiday", "Tết Dương lịch", "New Year's Day", "Labour Code 2019 Art. 112(1)(a)", "confirmed"],
  ["2025-01-27", "tet", "Tết Nguyên đán Ất Tỵ (28 tháng Chạp)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b); VPCP 8726/VPCP-KGVX (26/11/2024)", "confirmed"],
  ["2025-01-28", "tet", "Tết Nguyên đán Ất Tỵ (29 tháng Chạp, giao thừa)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b); VPCP 8726/VPCP-KGVX (26/11/2024)", "confirmed"],
  ["2025-01-29", "tet", "Tết Nguyên đán Ất Tỵ (mùng 1 tháng Giêng)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b); VPCP 8726/VPCP-KGVX (26/11/2024)", "confirmed"],
  ["2025-01-30", "tet", "Tết Nguyên đán Ất Tỵ (mùng 2 tháng Giêng)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b); VPCP 8726/VPCP-KGVX (26/11/2024)", "confirmed"],
  ["2025-01-31", "tet", "Tết Nguyên đán Ất Tỵ (mùng 3 tháng Giêng)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b); VPCP 8726/VPCP-KGVX (26/11/2024)", "confirmed"],
  ["2025-04-07", "holiday", "Giỗ Tổ Hùng Vương (10 tháng Ba năm Ất Tỵ)", "Hùng Kings' Commemoration Day", "Labour Code 2019 Art. 112(1)(e)", "confirmed"],
  ["2025-04-26", "makeup_workday", "Làm bù cho ngày nghỉ thứ Sáu 02/5/2025", "Make-up working day for Friday 2 May", "Civil-servant day swap approved for 2025 (reference.md §6.2 [S70]; document number UNVERIFIED)", "confirmed"],
  ["2025-04-30", "holiday", "Ngày Chiến thắng", "Reunification Day", "Labour Code 2019 Art. 112(1)(c)", "confirmed"],
  ["2025-05-01", "holiday", "Ngày Quốc tế Lao động", "International Labour Day", "Labour Code 2019 Art. 112(1)(d)", "confirmed"],
  ["2025-05-02", "swap_off", "Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)", "Swapped day off (worked on Saturday 26 April)", "Civil-servant day swap approved for 2025 (reference.md §6.2 [S70]; document number UNVERIFIED)", "confirmed"],
  ["2025-09-01", "holiday", "Quốc khánh (ngày liền kề)", "National Day (adjacent day)", "Labour Code 2019 Art. 112(1)(đ)", "confirmed"],
  ["2025-09-02", "holiday", "Quốc khánh", "National Day", "Labour Code 2019 Art. 112(1)(đ)", "confirmed"],
  ["2026-01-01", "holiday", "Tết Dương lịch", "New Year's Day", "Labour Code 2019 Art. 112(1)(a)", "confirmed"],
  ["2026-02-16", "tet", "Tết Nguyên đán Bính Ngọ (29 tháng Chạp Ất Tỵ, giao thừa)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b); TB 9441/TB-BNV (16/10/2025), after the VPCP notice of 13/10/2025", "confirmed"],
  ["2026-02-17", "tet", "Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b); TB 9441/TB-BNV (16/10/2025), after the VPCP notice of 13/10/2025", "confirmed"],
  ["2026-02-18", "tet", "Tết Nguyên đán Bính Ngọ (mùng 2 tháng Giêng)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b); TB 9441/TB-BNV (16/10/2025), after the VPCP notice of 13/10/2025", "confirmed"],
  ["2026-02-19", "tet", "Tết Nguyên đán Bính Ngọ (mùng 3 tháng Giêng)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b); TB 9441/TB-BNV (16/10/2025), after the VPCP notice of 13/10/2025", "confirmed"],
  ["2026-02-20", "tet", "Tết Nguyên đán Bính Ngọ (mùng 4 tháng Giêng)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b); TB 9441/TB-BNV (16/10/2025), after the VPCP notice of 13/10/2025", "confirmed"],
  ["2026-04-26", "holiday", "Giỗ Tổ Hùng Vương (10 tháng Ba năm Bính Ngọ)", "Hùng Kings' Commemoration Day", "Labour Code 2019 Art. 112(1)(e)", "confirmed"],
  ["2026-04-27", "compensatory", "Nghỉ bù Giỗ Tổ Hùng Vương", "Compensatory day off (Hùng Kings' Commemoration Day on Sunday)", "Labour Code 2019 Art. 111(3)", "confirmed"],
  ["2026-04-30", "holiday", "Ngày Chiến thắng", "Reunification Day", "Labour Code 2019 Art. 112(1)(c)", "confirmed"],
  ["2026-05-01", "holiday", "Ngày Quốc tế Lao động", "International Labour Day", "Labour Code 2019 Art. 112(1)(d)", "confirmed"],
  ["2026-08-22", "makeup_workday", "Làm bù cho ngày nghỉ thứ Hai 31/8/2026", "Make-up working day for Monday 31 August", "Civil-servant day swap for National Day 2026 (reference.md §6.2 [S72]; document number UNVERIFIED)", "confirmed"],
  ["2026-08-31", "swap_off", "Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)", "Swapped day off (worked on Saturday 22 August)", "Civil-servant day swap for National Day 2026 (reference.md §6.2 [S72]; document number UNVERIFIED)", "confirmed"],
  ["2026-09-01", "holiday", "Quốc khánh (ngày liền kề)", "National Day (adjacent day)", "Labour Code 2019 Art. 112(1)(đ)", "confirmed"],
  ["2026-09-02", "holiday", "Quốc khánh", "National Day", "Labour Code 2019 Art. 112(1)(đ)", "confirmed"],
  ["2027-01-01", "holiday", "Tết Dương lịch", "New Year's Day", "Labour Code 2019 Art. 112(1)(a)", "proposed"],
  ["2027-02-05", "tet", "Tết Nguyên đán Đinh Mùi (29 tháng Chạp năm Bính Ngọ)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2027-02-06", "tet", "Tết Nguyên đán Đinh Mùi (mùng 1 tháng Giêng năm Đinh Mùi)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2027-02-07", "tet", "Tết Nguyên đán Đinh Mùi (mùng 2 tháng Giêng năm Đinh Mùi)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2027-02-08", "tet", "Tết Nguyên đán Đinh Mùi (mùng 3 tháng Giêng năm Đinh Mùi)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2027-02-09", "tet", "Tết Nguyên đán Đinh Mùi (mùng 4 tháng Giêng năm Đinh Mùi)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2027-02-10", "compensatory", "Nghỉ bù Tết Nguyên đán Đinh Mùi (mùng 1 tháng Giêng năm Đinh Mùi)", "Compensatory day off (Lunar New Year (Tết))", "Labour Code 2019 Art. 111(3)", "proposed"],
  ["2027-02-11", "compensatory", "Nghỉ bù Tết Nguyên đán Đinh Mùi (mùng 2 tháng Giêng năm Đinh Mùi)", "Compensatory day off (Lunar New Year (Tết))", "Labour Code 2019 Art. 111(3)", "proposed"],
  ["2027-04-16", "holiday", "Giỗ Tổ Hùng Vương (mùng 10 tháng Ba năm Đinh Mùi)", "Hùng Kings' Commemoration Day", "Labour Code 2019 Art. 112(1)(e)", "proposed"],
  ["2027-04-30", "holiday", "Ngày Chiến thắng", "Reunification Day", "Labour Code 2019 Art. 112(1)(c)", "proposed"],
  ["2027-05-01", "holiday", "Ngày Quốc tế Lao động", "International Labour Day", "Labour Code 2019 Art. 112(1)(d)", "proposed"],
  ["2027-05-03", "compensatory", "Nghỉ bù Ngày Quốc tế Lao động", "Compensatory day off (International Labour Day)", "Labour Code 2019 Art. 111(3)", "proposed"],
  ["2027-09-02", "holiday", "Quốc khánh", "National Day", "Labour Code 2019 Art. 112(1)(đ), 112(3)", "proposed"],
  ["2027-09-03", "holiday", "Quốc khánh", "National Day", "Labour Code 2019 Art. 112(1)(đ), 112(3)", "proposed"],
  ["2028-01-01", "holiday", "Tết Dương lịch", "New Year's Day", "Labour Code 2019 Art. 112(1)(a)", "proposed"],
  ["2028-01-03", "compensatory", "Nghỉ bù Tết Dương lịch", "Compensatory day off (New Year's Day)", "Labour Code 2019 Art. 111(3)", "proposed"],
  ["2028-01-25", "tet", "Tết Nguyên đán Mậu Thân (29 tháng Chạp năm Đinh Mùi)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2028-01-26", "tet", "Tết Nguyên đán Mậu Thân (mùng 1 tháng Giêng năm Mậu Thân)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2028-01-27", "tet", "Tết Nguyên đán Mậu Thân (mùng 2 tháng Giêng năm Mậu Thân)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2028-01-28", "tet", "Tết Nguyên đán Mậu Thân (mùng 3 tháng Giêng năm Mậu Thân)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2028-01-29", "tet", "Tết Nguyên đán Mậu Thân (mùng 4 tháng Giêng năm Mậu Thân)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2028-01-31", "compensatory", "Nghỉ bù Tết Nguyên đán Mậu Thân (mùng 4 tháng Giêng năm Mậu Thân)", "Compensatory day off (Lunar New Year (Tết))", "Labour Code 2019 Art. 111(3)", "proposed"],
  ["2028-04-04", "holiday", "Giỗ Tổ Hùng Vương (mùng 10 tháng Ba năm Mậu Thân)", "Hùng Kings' Commemoration Day", "Labour Code 2019 Art. 112(1)(e)", "proposed"],
  ["2028-04-30", "holiday", "Ngày Chiến thắng", "Reunification Day", "Labour Code 2019 Art. 112(1)(c)", "proposed"],
  ["2028-05-01", "holiday", "Ngày Quốc tế Lao động", "International Labour Day", "Labour Code 2019 Art. 112(1)(d)", "proposed"],
  ["2028-05-02", "compensatory", "Nghỉ bù Ngày Chiến thắng", "Compensatory day off (Reunification Day)", "Labour Code 2019 Art. 111(3)", "proposed"],
  ["2028-09-01", "holiday", "Quốc khánh", "National Day", "Labour Code 2019 Art. 112(1)(đ), 112(3)", "proposed"],
  ["2028-09-02", "holiday", "Quốc khánh", "National Day", "Labour Code 2019 Art. 112(1)(đ), 112(3)", "proposed"],
  ["2028-09-04", "compensatory", "Nghỉ bù Quốc khánh", "Compensatory day off (National Day)", "Labour Code 2019 Art. 111(3)", "proposed"],
  ["2029-01-01", "holiday", "Tết Dương lịch", "New Year's Day", "Labour Code 2019 Art. 112(1)(a)", "proposed"],
  ["2029-02-12", "tet", "Tết Nguyên đán Kỷ Dậu (29 tháng Chạp năm Mậu Thân)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2029-02-13", "tet", "Tết Nguyên đán Kỷ Dậu (mùng 1 tháng Giêng năm Kỷ Dậu)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2029-02-14", "tet", "Tết Nguyên đán Kỷ Dậu (mùng 2 tháng Giêng năm Kỷ Dậu)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2029-02-15", "tet", "Tết Nguyên đán Kỷ Dậu (mùng 3 tháng Giêng năm Kỷ Dậu)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2029-02-16", "tet", "Tết Nguyên đán Kỷ Dậu (mùng 4 tháng Giêng năm Kỷ Dậu)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2029-04-23", "holiday", "Giỗ Tổ Hùng Vương (mùng 10 tháng Ba năm Kỷ Dậu)", "Hùng Kings' Commemoration Day", "Labour Code 2019 Art. 112(1)(e)", "proposed"],
  ["2029-04-30", "holiday", "Ngày Chiến thắng", "Reunification Day", "Labour Code 2019 Art. 112(1)(c)", "proposed"],
  ["2029-05-01", "holiday", "Ngày Quốc tế Lao động", "International Labour Day", "Labour Code 2019 Art. 112(1)(d)", "proposed"],
  ["2029-09-02", "holiday", "Quốc khánh", "National Day", "Labour Code 2019 Art. 112(1)(đ), 112(3)", "proposed"],
  ["2029-09-03", "holiday", "Quốc khánh", "National Day", "Labour Code 2019 Art. 112(1)(đ), 112(3)", "proposed"],
  ["2029-09-04", "compensatory", "Nghỉ bù Quốc khánh", "Compensatory day off (National Day)", "Labour Code 2019 Art. 111(3)", "proposed"],
  ["2030-01-01", "holiday", "Tết Dương lịch", "New Year's Day", "Labour Code 2019 Art. 112(1)(a)", "proposed"],
  ["2030-02-01", "tet", "Tết Nguyên đán Canh Tuất (29 tháng Chạp năm Kỷ Dậu)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2030-02-02", "tet", "Tết Nguyên đán Canh Tuất (mùng 1 tháng Giêng năm Canh Tuất)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2030-02-03", "tet", "Tết Nguyên đán Canh Tuất (mùng 2 tháng Giêng năm Canh Tuất)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2030-02-04", "tet", "Tết Nguyên đán Canh Tuất (mùng 3 tháng Giêng năm Canh Tuất)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2030-02-05", "tet", "Tết Nguyên đán Canh Tuất (mùng 4 tháng Giêng năm Canh Tuất)", "Lunar New Year (Tết)", "Labour Code 2019 Art. 112(1)(b), 112(3)", "proposed"],
  ["2030-02-06", "compensatory", "Nghỉ bù Tết Nguyên đán Canh Tuất (mùng 1 tháng Giêng năm Canh Tuất)", "Compensatory day off (Lunar New Year (Tết))", "Labour Code 2019 Art. 111(3)", "proposed"],
  ["2030-02-07", "compensatory", "Nghỉ bù Tết Nguyên đán Canh Tuất (mùng 2 tháng Giêng năm Canh Tuất)", "Compensatory day off (Lunar New Year (Tết))", "Labour Code 2019 Art. 111(3)", "proposed"],
  ["2030-04-12", "holiday", "Giỗ Tổ Hùng Vương (mùng 10 tháng Ba năm Canh Tuất)", "Hùng Kings' Commemoration Day", "Labour Code 2019 Art. 112(1)(e)", "proposed"],
  ["2030-04-30", "holiday", "Ngày Chiến thắng", "Reunification Day", "Labour Code 2019 Art. 112(1)(c)", "proposed"],
  ["2030-05-01", "holiday", "Ngày Quốc tế Lao động", "International Labour Day", "Labour Code 2019 Art. 112(1)(d)", "proposed"],
  ["2030-09-02", "holiday", "Quốc khánh", "National Day", "Labour Code 2019 Art. 112(1)(đ), 112(3)", "proposed"],
  ["2030-09-03", "holiday", "Quốc khánh", "National Day", "Labour Code 2019 Art. 112(1)(đ), 112(3)", "proposed"],
];

// Data, kept as applied: the `source` tags ([S69]…) here and the research references inside four legalRef values
// above are explained in docs/DOMAIN.md §2.5.
type NoticeRow = readonly [year: number, ref: string, issuedOn: string | null, covers: string, source: string];

// prettier-ignore
const NOTICES: readonly NoticeRow[] = [
  [2025, "VPCP 8726/VPCP-KGVX", "2024-11-26", "Tết Ất Tỵ 2025 for civil servants", "[S69]"],
  [2025, "Swap 2/5 ↔ 26/4/2025 (number UNVERIFIED)", null, "30/4–1/5 break with make-up work on Saturday 26/4", "[S70]"],
  [2026, "VPCP notice of 13/10/2025 (number not recorded)", "2025-10-13", "Prime Minister’s approval of the 2026 Tết and National Day schedule", "[S72]"],
  [2026, "TB 9441/TB-BNV", "2025-10-16", "Tết Bính Ngọ 2026 and 2026 holidays for civil servants", "[S71]"],
];

// State offices work Monday–Friday, 40 h a week (QĐ 188/1999/QĐ-TTg, number UNVERIFIED; docs/DOMAIN.md §2.1);
// sessions as in core DEFAULT_OFFICE_HOURS.
const DEFAULT_SESSIONS = [
  { start: '07:30', end: '11:30' },
  { start: '13:30', end: '17:30' },
];
const DEFAULT_WEEKLY = [DEFAULT_SESSIONS, DEFAULT_SESSIONS, DEFAULT_SESSIONS, DEFAULT_SESSIONS, DEFAULT_SESSIONS, [], []];

async function insertReferenceData(db: Kysely<unknown>): Promise<void> {
  const days = sql.join(
    DAYS.map(([date, kind, name, nameEn, legalRef, status]) => sql`(${date}::date, ${kind}, ${name}, ${nameEn}, ${legalRef}, ${status})`),
  );
  await sql`INSERT INTO calendar_days (date, kind, name, name_en, legal_ref, status) VALUES ${days}`.execute(db);
  const notices = sql.join(
    NOTICES.map(([year, ref, issuedOn, covers, source]) => sql`(${year}, ${ref}, ${issuedOn}::date, ${covers}, ${source})`),
  );
  await sql`INSERT INTO calendar_notices (year, ref, issued_on, covers, source) VALUES ${notices}`.execute(db);
  await sql`
    INSERT INTO calendar_office_hours (valid_from, weekly, makeup_day, legal_ref)
    VALUES ('2000-01-01', ${JSON.stringify(DEFAULT_WEEKLY)}::jsonb, ${JSON.stringify(DEFAULT_SESSIONS)}::jsonb,
            'QĐ 188/1999/QĐ-TTg (tuần làm việc 40 giờ, thứ Hai – thứ Sáu); giờ mặc định 07:30–11:30, 13:30–17:30')`.execute(db);
}
