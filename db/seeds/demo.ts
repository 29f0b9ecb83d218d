import type { Kysely } from 'kysely';
import type { Role } from '@core/access/roles';
import type { DB } from '@db/types';
import { hashPassword } from '@server/infra/passwords';
import { recordAudit } from '@server/modules/audit/audit.service';
import { seedDaklakUnits } from './units-daklak';
import { seedCalendar } from './calendar';
import { seedDaklakProcedures } from './procedures-daklak';
import { seedDemoDossiers } from './dossiers-demo';

/** Demo password of every demo account (README). */
export const DEMO_PASSWORD = 'cchc-demo';

/** One demo account: who, which role on which unit (by unit code). */
type DemoAccount = { username: string; fullName: string; title: string; unitCode: string; role: Role };

/** The demo accounts listed in the README, one or more per role. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', title: 'Quản trị viên', unitCode: '66', role: 'system_admin' },
  {
    username: 'noivu.thuongtruc',
    fullName: 'Nguyễn Thị Hồng Nhung',
    title: 'Trưởng phòng CCHC, Sở Nội vụ',
    unitCode: '66',
    role: 'secretariat',
  },
  {
    username: 'hoidong.thamdinh',
    fullName: 'Trần Văn Thành',
    title: 'Thành viên Hội đồng thẩm định',
    unitCode: '66',
    role: 'appraisal_member',
  },
  { username: 'lanhdao.tinh', fullName: 'Y Bhim Niê', title: 'Phó Chủ tịch UBND tỉnh', unitCode: '66', role: 'leader' },
  { username: 'tuphap.giamdoc', fullName: 'Lê Quang Minh', title: 'Giám đốc Sở Tư pháp', unitCode: '66.STP', role: 'unit_head' },
  { username: 'tuphap.canbo', fullName: 'Phạm Thị Thu Hà', title: 'Chuyên viên Văn phòng Sở', unitCode: '66.STP', role: 'unit_officer' },
  {
    username: 'tuphap.chuyenvien',
    fullName: 'Hoàng Văn Đức',
    title: 'Chuyên viên phòng Hành chính tư pháp',
    unitCode: '66.STP',
    role: 'specialist',
  },
  {
    username: 'motcua.tinh',
    fullName: 'H Mai Êban',
    title: 'Công chức tiếp nhận, Trung tâm PVHCC',
    unitCode: '66.TTPVHCC',
    role: 'one_stop_clerk',
  },
  { username: 'bmt.chutich', fullName: 'Võ Thanh Tùng', title: 'Chủ tịch UBND phường', unitCode: '24133', role: 'unit_head' },
  { username: 'bmt.motcua', fullName: 'Đỗ Thị Lan', title: 'Công chức một cửa phường', unitCode: '24133', role: 'one_stop_clerk' },
];

/** Prints the dossier generation's progress every 10 %, so a first start shows it is working. */
export function progressPrinter(log: (line: string) => void = console.log): (done: number, total: number) => void {
  let shown = -10;
  return (done, total) => {
    const pct = Math.floor((100 * done) / total);
    if (pct < shown + 10 && done !== total) return;
    shown = pct;
    log(`  hồ sơ mẫu / demo dossiers: ${done.toLocaleString('vi-VN')}/${total.toLocaleString('vi-VN')} (${pct}%)`);
  };
}

/** Options of the demo seed. */
export type SeedDemoOptions = {
  /** Demo dossiers to generate over the last year (default 20,000; 0 for none). */
  dossiers?: number;
  /** Progress of the dossier generation, for the start-up log. */
  onProgress?: (done: number, total: number) => void;
};

/** Seeds the Đắk Lắk organisation, calendar, procedure catalogue and demo accounts in one transaction, then a year of dossiers in batches. */
export async function seedDemo(db: Kysely<DB>, opts: SeedDemoOptions = {}): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const { ids } = await seedDaklakUnits(trx);
    for (const a of DEMO_ACCOUNTS) {
      const unitId = ids[a.unitCode];
      if (!unitId) throw new Error(`demo seed: unit ${a.unitCode} missing`);
      const user = await trx
        .insertInto('users')
        .values({ username: a.username, fullName: a.fullName, title: a.title, unitId, passwordHash })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('roleGrants').values({ userId: user.id, role: a.role, unitId }).execute();
      await recordAudit(trx, null, {
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        unitId,
        after: { username: a.username, role: a.role, source: 'seed:demo' },
      });
    }
    await seedDaklakProcedures(trx, ids);
    const floodUnit = ids['24211'];
    // A demo local closure: a commune's one-stop desk shut by flooding (illustrative, not a real event).
    await seedCalendar(trx, {
      closures: floodUnit
        ? [
            {
              unitId: floodUnit,
              date: '2026-11-20',
              name: 'Nghỉ do ngập lụt (dữ liệu mẫu)',
              legalRef: 'Thông báo của UBND xã (dữ liệu mẫu)',
            },
          ]
        : [],
    });
  });
  const count = opts.dossiers ?? 20_000;
  if (count > 0) await seedDemoDossiers(db, { count, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
}
