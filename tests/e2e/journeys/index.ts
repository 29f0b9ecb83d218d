import type { Journey } from '../harness';
import { shellJourney } from './shell';

/** Every browser journey, run in order by tests/e2e/run.ts. */
export const JOURNEYS: Journey[] = [shellJourney];
