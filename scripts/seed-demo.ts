import { progressPrinter, seedDemo, DEMO_PASSWORD } from '@db/seeds/demo';
import { openConfiguredDatabase } from '@server/infra/open-database';
import { CliError, describeTarget, runCli } from './db-cli';

// `npm run seed:demo`: migrates, then loads the demo organisation; only into a database without accounts.
runCli(async (config) => {
  console.log(`Cơ sở dữ liệu / database: ${describeTarget(config)}`);
  const database = await openConfiguredDatabase(config);
  try {
    const users = await database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(users.n) > 0) {
      throw new CliError(
        `Cơ sở dữ liệu đã có ${users.n} tài khoản; dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống / the database already has ${users.n} accounts; demo data is only loaded into an empty database.`,
      );
    }
    await seedDemo(database.db, { onProgress: progressPrinter() });
    console.log(
      `Đã nạp dữ liệu mẫu; mật khẩu các tài khoản mẫu (vd. "admin") / demo data loaded; demo accounts (e.g. "admin") use the password "${DEMO_PASSWORD}".`,
    );
  } finally {
    await database.close();
  }
});
