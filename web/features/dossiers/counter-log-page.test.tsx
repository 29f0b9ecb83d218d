import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { fakeFetch, renderPage } from '@web/testing/render';
import { dossiersStrings } from './locales';
import { CounterLogPage } from './routes/counter-log-page';
import { PROC_ID, UNIT_ID, clerkMe } from './dossiers-fixtures.testing';

// Issue #14 point 2: the counter log of the unit, filtered by date and kind from the address, with its counts.
const ROW = {
  id: '7b1e2c3d-0000-4000-8000-0000000c0c02',
  number: 41,
  kind: 'guided',
  at: '2026-12-08T09:05:00+07:00',
  unit: { id: UNIT_ID, name: 'Phường Tân Lập' },
  procedure: { id: PROC_ID, name: 'Đăng ký khai sinh' },
  dossier: null,
  channel: 'in_person',
  applicant: { type: 'citizen', name: 'Nguyễn Văn An', idNumber: null, phone: null, address: null },
  missing: [{ documentId: null, name: 'Giấy chứng sinh' }],
  wrong: [{ name: 'Tờ khai', note: 'thiếu chữ ký' }],
  reason: null,
  officer: { id: UNIT_ID, name: 'Trần Thị Bình' },
  pdfPath: '/api/counter-outcomes/7b1e2c3d-0000-4000-8000-0000000c0c02/pdf',
};

describe('counter log page', () => {
  it('lists the unit’s guidance and refusals with the counts, the filters taken from the address', async () => {
    const calls = fakeFetch({
      'GET /api/auth/me': { body: clerkMe() },
      'GET /api/counter-outcomes': { body: { items: [ROW], total: 1, counts: { guided: 1, refused: 3 } } },
    });
    renderPage(<CounterLogPage />, {
      route: '/mot-cua/so-tai-quay?from=2026-12-01&to=2026-12-08&kind=guided',
      namespaces: { dossiers: dossiersStrings },
    });
    const table = await screen.findByTestId('counter-log-table');
    await waitFor(() => expect(table.textContent).toContain('Nguyễn Văn An'));
    expect(table.textContent).toContain('Giấy chứng sinh; Tờ khai (thiếu chữ ký)');
    expect(table.textContent).toContain('Đã hướng dẫn');
    expect(within(table).getByRole('link', { name: 'PDF' }).getAttribute('href')).toBe(ROW.pdfPath);
    expect(screen.getByTestId('counter-count-refused').textContent).toContain('3');
    const get = calls.find((c) => c.url.startsWith('/api/counter-outcomes'));
    expect(get?.url).toContain('from=2026-12-01');
    expect(get?.url).toContain('to=2026-12-08');
    expect(get?.url).toContain('kind=guided');
  });
});
