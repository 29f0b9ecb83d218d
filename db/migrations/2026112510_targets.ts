import { sql, type Kysely } from 'kysely';

// Targets (chỉ tiêu): thresholds that the yearly PAR plan changes, kept as versioned data with their source instead of
// constants (docs/TARGETS.md). unit_id NULL = province-wide; a unit's own version overrides it for the unit's subtree.
// valid_from and valid_to are the first and last day in effect (valid_to NULL = until further notice). The service
// refuses overlapping versions of one key and scope; the unique index below is only the database's backstop.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE targets (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)+$'),
      unit_id uuid REFERENCES units(id),
      value numeric NOT NULL CHECK (value >= 0),
      measure text NOT NULL CHECK (measure IN ('percent','points','count')),
      valid_from date NOT NULL,
      valid_to date,
      source text NOT NULL CHECK (length(btrim(source)) > 0),
      note text,
      created_by uuid REFERENCES users(id),
      updated_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (valid_to IS NULL OR valid_to >= valid_from),
      CHECK (measure <> 'percent' OR value <= 100),
      CHECK (valid_from BETWEEN '2000-01-01' AND '2099-12-31')
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX targets_key_unit_from_key ON targets (key, unit_id, valid_from) NULLS NOT DISTINCT`.execute(db);
  await sql`CREATE INDEX targets_unit_idx ON targets (unit_id) WHERE unit_id IS NOT NULL`.execute(db);

  // Reference data, so every database (also a server that never gets the demo seed) starts with the targets the
  // product reads. The wording says what is and is not verified (docs/DOMAIN.md §7.2); administrators correct it.
  await sql`
    INSERT INTO targets (key, unit_id, value, measure, valid_from, valid_to, source, note) VALUES
    ('dossier.on_time_rate', NULL, 95, 'percent', '2025-01-01', NULL,
     'Kế hoạch cải cách hành chính hằng năm của UBND tỉnh (chỉ tiêu tỉ lệ hồ sơ TTHC giải quyết đúng hạn) — CHƯA ĐỐI CHIẾU: phải kiểm tra con số và số hiệu văn bản theo Kế hoạch CCHC của năm hiện hành / the province''s yearly PAR plan target; UNVERIFIED: check the figure and the document number against the current year''s plan',
     'Giá trị khởi tạo (trước đây là hằng số 95 trong trang thống kê); chưa gắn với văn bản cụ thể. Khi có kế hoạch năm mới: đặt ngày hết hiệu lực cho phiên bản này rồi thêm phiên bản mới kèm số hiệu văn bản.'),
    ('sipas.satisfaction', NULL, 80, 'percent', '2021-01-01', '2030-12-31',
     'Nghị quyết 76/NQ-CP (15/7/2021) ban hành Chương trình tổng thể CCHC nhà nước giai đoạn 2021–2030: mức độ hài lòng trên 80% — CHƯA KIỂM CHỨNG / UNVERIFIED',
     'Số hiệu, ngày của NQ 76 và mức 80% cho giai đoạn 2021–2030 chưa được đối chiếu với văn bản; mức "trên 80%" đã biết là chỉ tiêu đến năm 2020 của NQ 30c/NQ-CP (08/11/2011). Văn bản ghi "trên", hệ thống so sánh ≥.')
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS targets`.execute(db);
}
