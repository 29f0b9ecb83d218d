import { migrateToLatest } from '@server/infra/migrate';
import { describeTarget, migrationStatus, openRawDatabase, runCli } from './db-cli';

// `npm run db:migrate`: applies pending migrations to the configured database and lists them.
runCli(async (config) => {
  console.log(`Cơ sở dữ liệu / database: ${describeTarget(config)}`);
  const database = await openRawDatabase(config);
  try {
    const applied = await migrateToLatest(database.db);
    const { applied: recorded } = await migrationStatus(database);
    if (applied.length === 0) {
      console.log(`Không có migration nào chờ chạy / nothing pending (${recorded.length} đã áp dụng / applied).`);
    } else {
      console.log(`Đã áp dụng ${applied.length} migration / applied ${applied.length}:`);
      for (const name of applied) console.log(`  ${name}`);
    }
  } finally {
    await database.close();
  }
});
