import { parseArgs } from 'node:util';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { PasswordSchema, UsernameSchema } from '@contracts/users';
import type { DB } from '@db/types';
import { hashPassword } from '@server/infra/passwords';
import { openConfiguredDatabase } from '@server/infra/open-database';
import { recordAudit } from '@server/modules/audit/audit.service';
import { CliError, describeTarget, runCli } from './db-cli';
import { readHiddenLine } from './tty-prompt';
import { vietnamToday } from '@core/calendar';

const USAGE = `Cách dùng / usage:
  npm run admin:create -- --username <tên> --full-name "<họ tên>" [--unit-code <mã> --unit-name "<tên đơn vị>"] [--valid-from YYYY-MM-DD]

Mật khẩu lấy từ biến CCHC_ADMIN_PASSWORD, hoặc được hỏi (không hiện) khi chạy trong terminal.
The password comes from CCHC_ADMIN_PASSWORD, or is asked for (not echoed) on a terminal.
Khi chưa có đơn vị gốc, tạo đơn vị cấp tỉnh từ --unit-code/--unit-name. / Without a root unit, a province unit is created from --unit-code/--unit-name.`;

const ArgsSchema = z.object({
  username: UsernameSchema,
  fullName: z.string().trim().min(1, 'Nhập --full-name / --full-name required').max(200),
  unitCode: z.string().trim().min(1).max(50).optional(),
  unitName: z.string().trim().min(1).max(300).optional(),
  validFrom: z.iso.date('--valid-from phải có dạng YYYY-MM-DD / --valid-from must be YYYY-MM-DD').optional(),
});

function parseCommandLine() {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      'full-name': { type: 'string' },
      'unit-code': { type: 'string' },
      'unit-name': { type: 'string' },
      'valid-from': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const parsed = ArgsSchema.safeParse({
    username: values.username ?? '',
    fullName: values['full-name'] ?? '',
    unitCode: values['unit-code'],
    unitName: values['unit-name'],
    validFrom: values['valid-from'],
  });
  if (!parsed.success)
    throw new CliError(`${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}\n\n${USAGE}`);
  return parsed.data;
}

async function readPassword(): Promise<string> {
  let password = process.env.CCHC_ADMIN_PASSWORD;
  if (!password) {
    if (!process.stdin.isTTY) {
      throw new CliError('Đặt mật khẩu trong CCHC_ADMIN_PASSWORD hoặc chạy trong terminal / set CCHC_ADMIN_PASSWORD or run on a terminal.');
    }
    password = await readHiddenLine('Mật khẩu / password: ');
    const again = await readHiddenLine('Nhập lại / repeat: ');
    if (again !== password) throw new CliError('Hai lần nhập mật khẩu không khớp / the passwords differ.');
  }
  const checked = PasswordSchema.safeParse(password);
  if (!checked.success) throw new CliError(checked.error.issues.map((i) => i.message).join('\n'));
  return checked.data;
}

/** The checked command-line arguments. */
type Args = z.infer<typeof ArgsSchema>;
/** A root unit as the command reports it. */
type RootUnit = { id: string; code: string; name: string };

/** Refuses a username already in use, whatever its case. */
async function refuseTakenUsername(trx: Transaction<DB>, username: string): Promise<void> {
  const taken = await trx
    .selectFrom('users')
    .select('username')
    .where(({ fn }) => fn('lower', ['username']), '=', username)
    .executeTakeFirst();
  if (taken) throw new CliError(`Tên đăng nhập "${taken.username}" đã tồn tại / username "${taken.username}" already exists.`);
}

/** The administrator's root unit: the one --unit-code names, else the only one; a new province unit when there is none. */
async function rootUnitFor(trx: Transaction<DB>, args: Args): Promise<{ root: RootUnit; createdUnit: boolean }> {
  const roots = await trx
    .selectFrom('units')
    .select(['id', 'code', 'name'])
    .where('parentId', 'is', null)
    .where('validTo', 'is', null)
    .execute();
  const root = args.unitCode ? roots.find((u) => u.code === args.unitCode) : roots.length === 1 ? roots[0] : undefined;
  if (root) return { root, createdUnit: false };
  if (roots.length > 0) {
    const list = roots.map((u) => `${u.code} (${u.name})`).join(', ');
    throw new CliError(
      args.unitCode
        ? `Không có đơn vị gốc mã "${args.unitCode}"; đơn vị gốc hiện có: ${list} / no root unit with code "${args.unitCode}"; existing roots: ${list}.`
        : `Có nhiều đơn vị gốc, chọn bằng --unit-code: ${list} / several root units, choose one with --unit-code: ${list}.`,
    );
  }
  if (!args.unitCode || !args.unitName) {
    throw new CliError(
      `Chưa có đơn vị gốc: cần --unit-code và --unit-name để tạo / no root unit yet: --unit-code and --unit-name are required.\n\n${USAGE}`,
    );
  }
  return { root: await createRootUnit(trx, args.unitCode, args.unitName, args.validFrom), createdUnit: true };
}

/** A new province unit at the root, audited; it starts today in Vietnam unless --valid-from says otherwise. */
async function createRootUnit(trx: Transaction<DB>, code: string, name: string, validFrom: string | undefined): Promise<RootUnit> {
  const root = await trx
    .insertInto('units')
    .values({ code, name, kind: 'province', parentId: null, validFrom: validFrom ?? vietnamToday(new Date()) })
    .returning(['id', 'code', 'name'])
    .executeTakeFirstOrThrow();
  await recordAudit(
    trx,
    null,
    {
      action: 'unit.create',
      entityType: 'unit',
      entityId: root.id,
      unitId: root.id,
      after: { ...root, kind: 'province', source: 'admin-create' },
    },
    'cli:admin-create',
  );
  return root;
}

/** The account and its system_admin grant on the root unit, each audited. */
async function insertAdminAccount(trx: Transaction<DB>, args: Args, rootId: string, passwordHash: string) {
  const user = await trx
    .insertInto('users')
    .values({ username: args.username, fullName: args.fullName, unitId: rootId, passwordHash })
    .returning(['id', 'username', 'fullName', 'unitId'])
    .executeTakeFirstOrThrow();
  await recordAudit(
    trx,
    null,
    { action: 'user.create', entityType: 'user', entityId: user.id, unitId: rootId, after: { ...user, source: 'admin-create' } },
    'cli:admin-create',
  );
  const grant = await trx
    .insertInto('roleGrants')
    .values({ userId: user.id, role: 'system_admin', unitId: rootId })
    .returning(['id', 'userId', 'role', 'unitId'])
    .executeTakeFirstOrThrow();
  await recordAudit(
    trx,
    null,
    {
      action: 'user.grantRole',
      entityType: 'user',
      entityId: user.id,
      unitId: rootId,
      after: { grantId: grant.id, role: grant.role, unitId: rootId, source: 'admin-create' },
    },
    'cli:admin-create',
  );
  return user;
}

/** In one transaction: the username checked, the root unit found or created, the administrator created. */
async function createAdministrator(trx: Transaction<DB>, args: Args, passwordHash: string) {
  await refuseTakenUsername(trx, args.username);
  const { root, createdUnit } = await rootUnitFor(trx, args);
  const user = await insertAdminAccount(trx, args, root.id, passwordHash);
  return { root, createdUnit, user };
}

// `npm run admin:create`: the first system administrator of a fresh installation (or one more later).
runCli(async (config) => {
  const args = parseCommandLine();
  const password = await readPassword();
  const passwordHash = await hashPassword(password);
  console.log(`Cơ sở dữ liệu / database: ${describeTarget(config)}`);
  const database = await openConfiguredDatabase(config);
  try {
    const result = await database.db.transaction().execute((trx) => createAdministrator(trx, args, passwordHash));
    if (result.createdUnit) console.log(`Đã tạo đơn vị gốc / created root unit ${result.root.code} — ${result.root.name}`);
    console.log(`Đã tạo quản trị hệ thống / created system administrator "${result.user.username}" tại / at ${result.root.name}.`);
  } finally {
    await database.close();
  }
});
