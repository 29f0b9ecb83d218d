import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import i18n from 'i18next';
import type { LateDossier } from '@contracts/dossier-stats';
import { fakeFetch, renderPage } from '@web/testing/render';
import { dossierStatsStrings } from '../locales';
import { LateTable } from './late-table';

const LATE: LateDossier = {
  id: '10000000-0000-4000-8000-000000000009',
  code: '66.TTPVHCC-261102-0001',
  procedureName: 'Cấp giấy phép xây dựng',
  sector: 'Xây dựng',
  handlingUnitId: 'u',
  handlingUnitName: 'Sở Xây dựng',
  receivedAt: '2026-11-02T09:00:00+07:00',
  originalDueAt: '2026-11-16T17:00:00+07:00',
  dueAt: '2026-11-16T17:00:00+07:00',
  finishedAt: '2026-11-20T15:00:00+07:00',
  state: 'finished',
  workingDaysLate: 3.8,
  step: null,
};

describe('late dossiers table', () => {
  it('writes the working days late with a decimal comma in Vietnamese and a point in English', async () => {
    fakeFetch({ 'GET /api/dossier-stats/late': { body: { items: [LATE], total: 1 } } });
    renderPage(<LateTable filter={{ from: '2026-10-01', to: '2026-12-31', groupBy: 'unit' }} />, {
      namespaces: { dossierStats: dossierStatsStrings },
    });
    expect(await screen.findByText('3,8')).toBeTruthy();
    expect(screen.queryByText('3.8')).toBeNull();
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    expect(await screen.findByText('3.8')).toBeTruthy();
    await act(async () => {
      await i18n.changeLanguage('vi');
    });
  });
});
