import type { Journey } from '../harness';
import { shellJourney } from './shell';
import { adminOrgJourney } from './admin-org';
import { calendarJourney } from './calendar';
import { oneStopJourney } from './one-stop';
import { everyPageJourney } from './every-page';

/** Every browser journey, run in order by tests/e2e/run.ts. */
export const JOURNEYS: Journey[] = [shellJourney, adminOrgJourney, calendarJourney, oneStopJourney, everyPageJourney];
