import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { fakeFetch, renderPage } from '@web/testing/render';
import { dossiersStrings } from './locales';
import { DetailPage } from './routes/detail-page';
import { clerkMe, detail } from './dossiers-fixtures.testing';

// Issue #14 point 8: confirming a payment records how it was paid, for the statistics' online-payment figure.
const ns = { dossiers: dossiersStrings };
const D = detail({ allowedActions: ['confirm_payment'], version: 5, status: 'awaiting_payment' });
const page = (
  <Routes>
    <Route path="/mot-cua/ho-so/:id" element={<DetailPage />} />
  </Routes>
);

describe('confirming a payment', () => {
  it('sends the payment method chosen, or none when left empty', async () => {
    const calls = fakeFetch({
      'GET /api/auth/me': { body: clerkMe() },
      [`GET /api/dossiers/${D.id}`]: { body: D },
      [`POST /api/dossiers/${D.id}/confirm-payment`]: { body: { ...D, status: 'processing', version: 6, allowedActions: [] } },
    });
    renderPage(page, { route: `/mot-cua/ho-so/${D.id}`, namespaces: ns });
    fireEvent.click(await screen.findByTestId('action-confirm_payment'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByLabelText('Hình thức nộp'));
    fireEvent.click(await screen.findByTitle('Thanh toán trực tuyến'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ expectedVersion: 5, paymentMethod: 'online' });
  });
});
