import { describe, expect, it } from 'vitest';
import {
  DOSSIER_ACTIONS,
  DOSSIER_STATUSES,
  DVCQG_STATUS_CODE,
  TRANSITIONS,
  WAITING_STATUSES,
  actionsFrom,
  nextStatus,
  successorsOf,
  type DossierAction,
  type DossierStatus,
} from './index';

// The expected table, written out independently of TRANSITIONS: status → action → resulting status.
const ALLOWED: Record<DossierStatus, Partial<Record<DossierAction, DossierStatus>>> = {
  // Sent back for completion with form 02 before acceptance: still submitted, no clock (docs/ONE-STOP.md, counter outcomes).
  submitted: { accept: 'received', refuse: 'not_received', request_completion: 'submitted', withdraw: 'withdrawn' },
  received: {
    start: 'processing',
    forward: 'processing',
    request_supplement: 'supplement_requested',
    withdraw: 'withdrawn',
    stop: 'stopped',
    issue_apology: 'received',
    reassign: 'received',
  },
  not_received: {},
  processing: {
    forward: 'processing',
    request_supplement: 'supplement_requested',
    request_payment: 'awaiting_payment',
    withdraw: 'withdrawn',
    stop: 'stopped',
    issue_apology: 'processing',
    finish: 'done',
    // Refusal after review is a result (docs/DOMAIN.md §10.7).
    refuse_after_review: 'done',
    reassign: 'processing',
    // Back to the previous step of the route (control slip, issue #15 point 5).
    send_back: 'processing',
  },
  supplement_requested: { resubmit: 'processing', withdraw: 'withdrawn', stop: 'stopped', reassign: 'supplement_requested' },
  awaiting_payment: {
    confirm_payment: 'processing',
    withdraw: 'withdrawn',
    stop: 'stopped',
    issue_apology: 'awaiting_payment',
    reassign: 'awaiting_payment',
  },
  withdrawn: {},
  stopped: {},
  done: { return_result: 'returned' },
  returned: {},
};

const pairs = DOSSIER_STATUSES.flatMap((s) => DOSSIER_ACTIONS.map((a) => [s, a] as const));

describe('dossier state machine', () => {
  it.each(pairs)('%s × %s follows the table', (status, action) => {
    const expected = ALLOWED[status][action];
    const r = nextStatus(status, action);
    if (expected === undefined) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.code).toBe('DOSSIER_INVALID_TRANSITION');
    } else {
      expect(r).toEqual({ ok: true, value: expected });
    }
  });

  it('covers all 10 × 17 pairs', () => {
    expect(pairs).toHaveLength(170);
  });

  it.each(DOSSIER_STATUSES)('actionsFrom(%s) lists exactly the allowed actions', (status) => {
    expect(actionsFrom(status).sort()).toEqual(Object.keys(ALLOWED[status]).sort());
  });

  it('maps statuses to DVCQG codes 1–10 in order', () => {
    expect(DOSSIER_STATUSES.map((s) => DVCQG_STATUS_CODE[s])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('ends at the terminal statuses', () => {
    for (const s of ['not_received', 'withdrawn', 'stopped', 'returned'] as const) expect(successorsOf(s)).toEqual([]);
    expect(successorsOf('done')).toEqual(['returned']);
  });

  it('keeps every table row inside the known statuses', () => {
    for (const a of DOSSIER_ACTIONS) {
      const t = TRANSITIONS[a];
      for (const f of t.from) expect(DOSSIER_STATUSES).toContain(f);
      if (t.to !== 'same') expect(DOSSIER_STATUSES).toContain(t.to);
    }
  });
});

// The worklist holds a dossier while its unit still has something to do (docs/DOMAIN.md §4.1).
describe('statuses waiting on the unit holding the dossier', () => {
  it.each([
    ['submitted', true, 'accept or refuse the online submission'],
    ['received', true, 'start handling'],
    ['processing', true, 'handle'],
    ['supplement_requested', true, 'record the supplement'],
    ['awaiting_payment', true, 'record the payment'],
    ['done', true, 'return the result'],
    ['not_received', false, 'ended'],
    ['withdrawn', false, 'ended'],
    ['stopped', false, 'ended'],
    ['returned', false, 'ended'],
  ] as Array<[DossierStatus, boolean, string]>)('%s waits: %s (%s)', (status, waits) => {
    expect(WAITING_STATUSES.includes(status)).toBe(waits);
    expect(actionsFrom(status).length > 0).toBe(waits);
  });
});
