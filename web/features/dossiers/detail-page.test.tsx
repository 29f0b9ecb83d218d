import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { fakeFetch, renderPage } from '@web/testing/render';
import { dossiersStrings } from './locales';
import { DetailPage } from './routes/detail-page';
import { clerkMe, detail } from './dossiers-fixtures.testing';

const ns = { dossiers: dossiersStrings };
const D = detail({ allowedActions: ['start', 'withdraw'], version: 3 });
const page = (
  <Routes>
    <Route path="/mot-cua/ho-so/:id" element={<DetailPage />} />
  </Routes>
);

describe('dossier detail', () => {
  it('shows only the allowed actions and posts expectedVersion and note for one', async () => {
    const calls = fakeFetch({
      'GET /api/auth/me': { body: clerkMe() },
      [`GET /api/dossiers/${D.id}`]: { body: D },
      [`POST /api/dossiers/${D.id}/start`]: { body: { ...D, status: 'processing', statusCode: 4, version: 4, allowedActions: ['finish'] } },
    });
    renderPage(page, { route: `/mot-cua/ho-so/${D.id}`, namespaces: ns });
    const actions = await screen.findByTestId('dossier-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.getAttribute('data-testid')),
    ).toEqual(['action-start', 'action-withdraw']);
    fireEvent.click(screen.getByTestId('action-start'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Ghi chú'), { target: { value: ' Bắt đầu thẩm định ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ expectedVersion: 3, note: 'Bắt đầu thẩm định' }));
    expect(calls.find((c) => c.method === 'POST')?.url).toBe(`/api/dossiers/${D.id}/start`);
    await waitFor(() => expect(screen.queryByTestId('action-start')).toBeNull());
    expect(screen.getByTestId('action-finish')).toBeTruthy();
  });

  it('shows the version conflict message on 409', async () => {
    fakeFetch({
      'GET /api/auth/me': { body: clerkMe() },
      [`GET /api/dossiers/${D.id}`]: { body: D },
      [`POST /api/dossiers/${D.id}/start`]: {
        status: 409,
        body: {
          error: {
            code: 'DOSSIER_VERSION_CONFLICT',
            message: 'Hồ sơ vừa được người khác cập nhật, vui lòng tải lại / the dossier changed meanwhile',
            issues: [],
          },
        },
      },
    });
    renderPage(page, { route: `/mot-cua/ho-so/${D.id}`, namespaces: ns });
    fireEvent.click(await screen.findByTestId('action-start'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Hồ sơ vừa được người khác cập nhật');
  });

  it('shows no action buttons when none is allowed', async () => {
    fakeFetch({
      'GET /api/auth/me': { body: clerkMe(['dossier.read']) },
      [`GET /api/dossiers/${D.id}`]: { body: { ...D, allowedActions: [] } },
    });
    renderPage(page, { route: `/mot-cua/ho-so/${D.id}`, namespaces: ns });
    expect(await screen.findByText('Bạn không có thao tác nào trên hồ sơ ở trạng thái này')).toBeTruthy();
    expect(screen.queryByTestId('dossier-actions')).toBeNull();
  });
});
