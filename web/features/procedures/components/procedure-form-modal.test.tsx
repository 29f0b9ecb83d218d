import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch, renderPage } from '@web/testing/render';
import { proceduresStrings } from '../locales';
import { ProcedureFormModal } from './procedure-form-modal';

const UNAUTH = { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'x', issues: [] } } };

describe('ProcedureFormModal', { timeout: 30_000 }, () => {
  it('composes its parts: one document and one step at 100%; a new step takes what is left (here nothing)', async () => {
    fakeFetch({
      'GET /api/auth/me': UNAUTH,
      'GET /api/procedures/sectors': { body: { items: [] } },
      'GET /api/units': { body: { asOf: '2026-03-02', items: [], total: 0 } },
    });
    renderPage(<ProcedureFormModal mode={{ kind: 'create' }} onClose={() => undefined} onSaved={() => undefined} />, {
      namespaces: { procedures: proceduresStrings },
    });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByTestId('document-row')).toHaveLength(1);
    expect(within(dialog).getAllByTestId('step-row')).toHaveLength(1);
    expect(within(dialog).getByText('Tổng tỉ lệ: 100%')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: /Thêm bước/ }));
    expect(within(dialog).getAllByTestId('step-row')).toHaveLength(2);
    expect(within(dialog).getByLabelText('Tỉ lệ thời gian bước 2 (%)')).toHaveProperty('value', '');
  });

  // docs/DOMAIN.md §3.9: choosing "trong ngày" replaces the amount with the cutoff hour, checked by the contract.
  it('asks a same-day procedure for its cutoff instead of an amount, and refuses one that is not a time of day', async () => {
    fakeFetch({
      'GET /api/auth/me': UNAUTH,
      'GET /api/procedures/sectors': { body: { items: [] } },
      'GET /api/units': { body: { asOf: '2026-03-02', items: [], total: 0 } },
    });
    renderPage(<ProcedureFormModal mode={{ kind: 'create' }} onClose={() => undefined} onSaved={() => undefined} />, {
      namespaces: { procedures: proceduresStrings },
    });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('spinbutton', { name: 'Thời hạn giải quyết' })).toBeTruthy();
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Đơn vị thời hạn' }));
    fireEvent.click(await screen.findByTitle('trong ngày'));
    const cutoff = await within(dialog).findByRole('textbox', { name: /Giờ chốt nhận hồ sơ/ });
    expect(cutoff).toHaveProperty('placeholder', '15:00');
    expect(within(dialog).queryByRole('spinbutton', { name: 'Thời hạn giải quyết' })).toBeNull();
    fireEvent.change(cutoff, { target: { value: '25:00' } });
    expect(await within(dialog).findByText('Giờ chốt ghi dạng giờ:phút, ví dụ 15:00')).toBeTruthy();
    fireEvent.change(cutoff, { target: { value: '16:00' } });
    await waitFor(() => expect(within(dialog).queryByText('Giờ chốt ghi dạng giờ:phút, ví dụ 15:00')).toBeNull());
  });
});
