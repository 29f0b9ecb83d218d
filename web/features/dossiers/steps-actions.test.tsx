import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import type { DossierStepView } from '@contracts/dossiers';
import { fakeFetch, renderPage } from '@web/testing/render';
import { dossiersStrings } from './locales';
import { DetailPage } from './routes/detail-page';
import { clerkMe, detail } from './dossiers-fixtures.testing';

// Issue #15 point 5: the approval step offers the heads who sign, and a step sends the dossier back with a reason that
// the control slip shows.
const ns = { dossiers: dossiersStrings };
const page = (
  <Routes>
    <Route path="/mot-cua/ho-so/:id" element={<DetailPage />} />
  </Routes>
);
const DEPT = { id: '00000000-0000-4000-8000-0000000000d2', name: 'Sở Tư pháp' };
const step = (position: number, name: string, o: Partial<DossierStepView> = {}): DossierStepView => ({
  id: `00000000-0000-4000-8000-00000000050${position}`,
  position,
  unit: DEPT,
  name,
  handler: null,
  startedAt: null,
  dueAt: '2026-03-06T09:00:00.000Z',
  finishedAt: null,
  timeliness: null,
  note: null,
  ...o,
});
const steps = [
  step(1, 'Tiếp nhận', { startedAt: '2026-03-02T02:00:00.000Z', finishedAt: '2026-03-02T03:00:00.000Z', timeliness: 'early' }),
  step(2, 'Thẩm định', { startedAt: '2026-03-02T03:00:00.000Z' }),
  step(3, 'Phê duyệt'),
];
const show = (D: ReturnType<typeof detail>, extra: Parameters<typeof fakeFetch>[0] = {}) => {
  const calls = fakeFetch({ 'GET /api/auth/me': { body: clerkMe() }, [`GET /api/dossiers/${D.id}`]: { body: D }, ...extra });
  renderPage(page, { route: `/mot-cua/ho-so/${D.id}`, namespaces: ns });
  return calls;
};

describe('the steps of a dossier', () => {
  it('offers the head who signs first when forwarding to the approval step', async () => {
    const D = detail({ status: 'processing', statusCode: 4, version: 3, steps, allowedActions: ['forward', 'send_back'] });
    show(D, {
      [`GET /api/dossiers/${D.id}/handlers`]: {
        body: {
          items: [
            { id: '00000000-0000-4000-8000-0000000000a1', fullName: 'Lê Văn Hùng', username: 'tuphap.giamdoc', approves: true },
            { id: '00000000-0000-4000-8000-0000000000a2', fullName: 'Hoàng Văn Đức', username: 'tuphap.chuyenvien', approves: false },
          ],
        },
      },
    });
    fireEvent.click(await screen.findByTestId('action-forward'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Bước tiếp theo: Phê duyệt — Sở Tư pháp')).toBeTruthy();
    fireEvent.mouseDown(within(dialog).getByLabelText('Người xử lý'));
    expect(await screen.findByText('Lê Văn Hùng (tuphap.giamdoc) — lãnh đạo, ký duyệt')).toBeTruthy();
    expect(screen.getByText('Hoàng Văn Đức (tuphap.chuyenvien)')).toBeTruthy();
  });

  it('sends the dossier back with a required reason and shows the note on the control slip', async () => {
    const D = detail({ status: 'processing', statusCode: 4, version: 3, steps, allowedActions: ['forward', 'send_back'] });
    const note = '02/03/2026 15:15: trả lại bước trước (Tiếp nhận), lý do: Thiếu trang 2';
    const after = {
      ...D,
      version: 4,
      steps: [step(1, 'Tiếp nhận', { startedAt: '2026-03-02T02:00:00.000Z' }), step(2, 'Thẩm định', { note }), step(3, 'Phê duyệt')],
      allowedActions: [],
    };
    const calls = show(D, { [`POST /api/dossiers/${D.id}/send-back`]: { body: after } });
    fireEvent.click(await screen.findByTestId('action-send_back'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Trả lại bước: Tiếp nhận — Sở Tư pháp')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(await within(dialog).findByText('Vui lòng ghi nội dung')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Lý do trả lại (ghi vào phiếu kiểm soát)'), { target: { value: 'Thiếu trang 2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ expectedVersion: 3, note: 'Thiếu trang 2' }));
    expect(await screen.findByText(note)).toBeTruthy();
  });
});
