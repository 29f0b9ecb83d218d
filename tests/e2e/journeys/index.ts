import type { Journey } from '../harness';
import { shellJourney } from './shell';
import { adminOrgJourney } from './admin-org';
import { calendarJourney } from './calendar';
import { oneStopJourney } from './one-stop';
import { oneStop2025Journey } from './one-stop-2025';
import { everyPageJourney } from './every-page';
import { intakeScansJourney } from './intake-scans';

/** Every browser journey, run in order by tests/e2e/run.ts. */
export const JOURNEYS: Journey[] = [
  shellJourney,
  adminOrgJourney,
  calendarJourney,
  oneStopJourney,
  oneStop2025Journey,
  intakeScansJourney,
  everyPageJourney,
];
