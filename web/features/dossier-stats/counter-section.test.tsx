import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { StatsReport } from '@contracts/dossier-stats';
import { renderPage } from '@web/testing/render';
import { CounterSection } from './components/counter-section';
import { dossierStatsStrings } from './locales';

// Issue #14 point 2: the statistics show counter outcomes as a section of their own, apart from the timeliness figures.
const zero = {
  carriedOver: 0,
  receivedOnline: 0,
  receivedInPerson: 0,
  receivedPostal: 0,
  received: 0,
  toHandle: 0,
  finished: 0,
  finishedEarly: 0,
  finishedOnTime: 0,
  finishedLate: 0,
  inProgress: 0,
  inProgressWithinTime: 0,
  inProgressOverdue: 0,
  onTimeRate: null,
  repeatedSupplements: 0,
};
const report = (counterOutcomes: StatsReport['counterOutcomes']): StatsReport => ({
  unit: { id: 'u', code: '66', name: 'Tỉnh Đắk Lắk' },
  from: '2026-10-01',
  to: '2026-12-31',
  asOf: '2026-11-25T10:00:00+07:00',
  groupBy: 'unit',
  sector: null,
  procedureId: null,
  total: zero,
  rows: [],
  endedWithoutResult: 0,
  onTimeTarget: null,
  counterOutcomes,
});
const ns = { namespaces: { dossierStats: dossierStatsStrings }, route: '/mot-cua/thong-ke' };

describe('counter section of the statistics', () => {
  it('shows the guided and refused counts, in Vietnamese number format, with a link to the counter log', async () => {
    renderPage(<CounterSection report={report({ guided: 1234, refused: 7 })} />, ns);
    const section = await screen.findByTestId('counter-section');
    expect(within(section).getByText('Hướng dẫn, từ chối tại quầy')).toBeTruthy();
    expect(section.textContent).toContain('Đã hướng dẫn');
    expect(section.textContent).toContain('1.234');
    expect(section.textContent).toContain('Từ chối tại quầy');
    expect(section.textContent).toContain('không tính vào số liệu giải quyết');
    expect(within(section).getByRole('link', { name: 'Xem sổ tại quầy' }).getAttribute('href')).toBe('/mot-cua/so-tai-quay');
  });

  it('is left out when the report carries no counter outcomes', () => {
    renderPage(<CounterSection report={report(undefined)} />, ns);
    expect(screen.queryByTestId('counter-section')).toBeNull();
  });
});
