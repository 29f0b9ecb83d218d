import { describe, expect, it } from 'vitest';
import { DOSSIER_STATUSES, type DossierStatus } from '@core/dossier';
import { progressStep } from './utils';

// Every status of core/dossier, so a new status shows up here as a failing row.
const EXPECTED: Record<DossierStatus, number | null> = {
  submitted: 0,
  received: 0,
  not_received: null,
  processing: 1,
  supplement_requested: 1,
  awaiting_payment: 1,
  withdrawn: null,
  stopped: null,
  done: 2,
  returned: 3,
};

describe('progressStep', () => {
  it.each(DOSSIER_STATUSES.map((s) => [s, EXPECTED[s]] as const))('%s → %s', (status, step) => expect(progressStep(status)).toBe(step));
  it('an unknown status has no step', () => expect(progressStep('archived')).toBeNull());
});
