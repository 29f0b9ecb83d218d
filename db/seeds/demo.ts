import type { Kysely } from 'kysely';
import type { DB } from '@db/types';
import { hashPassword } from '@server/infra/passwords';

/** Demo password of every demo account (README). */
export const DEMO_PASSWORD = 'cchc-demo';

/** Seeds the demo province, its units and one account per role; idempotent on an empty database. */
export async function seedDemo(db: Kysely<DB>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const province = await trx
      .insertInto('units')
      .values({ code: '66', name: 'Tỉnh Đắk Lắk', nameEn: 'Dak Lak Province', kind: 'province', parentId: null, validFrom: '2025-07-01' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const admin = await trx
      .insertInto('users')
      .values({ username: 'admin', fullName: 'Quản trị hệ thống', unitId: province.id, passwordHash: await hashPassword(DEMO_PASSWORD) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('roleGrants').values({ userId: admin.id, role: 'system_admin', unitId: province.id }).execute();
  });
}
