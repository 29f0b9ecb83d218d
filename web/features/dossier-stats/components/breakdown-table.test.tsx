import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import i18n from 'i18next';
import type { StatsCountsView, StatsReport } from '@contracts/dossier-stats';
import { renderPage } from '@web/testing/render';
import { dossierStatsStrings } from '../locales';
import { formatNumber } from '@web/lib/format';
import { BreakdownTable } from './breakdown-table';

const counts = (o: Partial<StatsCountsView>): StatsCountsView => ({
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
  ...o,
});
const REPORT: StatsReport = {
  unit: { id: 'p', code: '66', name: 'Tỉnh Đắk Lắk' },
  from: '2026-01-01',
  to: '2026-12-31',
  asOf: '2026-11-25T10:00:00+07:00',
  groupBy: 'unit',
  sector: null,
  procedureId: null,
  total: counts({ toHandle: 12345, receivedInPerson: 1500, receivedPostal: 21, finished: 1000, onTimeRate: 98.05 }),
  rows: [
    {
      ...counts({ toHandle: 12345, receivedInPerson: 1500, receivedPostal: 21, finished: 1000, onTimeRate: 98.05 }),
      key: 'w',
      label: 'Phường Tân Lập',
      unitId: 'w',
    },
  ],
  endedWithoutResult: 0,
  onTimeTarget: null,
};

describe('breakdown table', () => {
  it.each([
    [98.05, 'vi', 2, '98,05'],
    [98.05, 'en', 2, '98.05'],
    [12345, 'vi', 0, '12.345'],
    [12345, 'en', 0, '12,345'],
    [1234567.5, 'vi', 1, '1.234.567,5'],
    [3.8, 'vi', 1, '3,8'],
    [100, 'vi', 2, '100,00'],
  ])('formats %s in %s with %i decimals as %s', (n, lang, digits, text) => {
    expect(formatNumber(n, lang, digits)).toBe(text);
  });

  it('writes rates with a decimal comma and counts with a thousands dot in Vietnamese, the English way in English', async () => {
    renderPage(<BreakdownTable report={REPORT} />, { namespaces: { dossierStats: dossierStatsStrings } });
    const rowOf = (label: string) => screen.getAllByRole('row').find((r) => r.textContent?.includes(label)) as HTMLElement;
    const ward = rowOf('Phường Tân Lập');
    expect(within(ward).getByText('98,05')).toBeTruthy();
    expect(within(ward).getByText('12.345')).toBeTruthy();
    expect(within(ward).getByText('1.521')).toBeTruthy(); // in person + postal
    expect(within(ward).queryByText('98.05')).toBeNull();
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    const wardEn = rowOf('Phường Tân Lập');
    expect(within(wardEn).getByText('98.05')).toBeTruthy();
    expect(within(wardEn).getByText('12,345')).toBeTruthy();
    await act(async () => {
      await i18n.changeLanguage('vi');
    });
  });
});
