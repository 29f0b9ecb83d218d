// The server test harness: one import for a server test. See docs/ARCHITECTURE.md, "Writing a server test".
export { ENGINES, createTestApp, openTestDatabase, type TestApp, type TestAppOptions } from './test-app';
export type { Client, Method, RequestOptions, Response, Session, SignedIn } from './client';
export { TEST_PASSWORD, buildOrg, buildUnit, buildUser, short, type GrantSpec, type UnitRow, type UserRow } from './factories';
export { FIXTURE_APPLICANT, PDF_BASE64, PNG_BASE64, buildDossier, buildOneStopWorld, buildProcedure } from './one-stop';
export { buildStatsDossier, buildStatsOrg, type FixtureDossier, type FixtureStep } from './stats';
export { writeZip, type ZipFile } from './zip';
export { tableSnapshot } from './db-snapshot';
