import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
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
    expect(within(dialog).getByText('Tổng tỷ lệ: 100%')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: /Thêm bước/ }));
    expect(within(dialog).getAllByTestId('step-row')).toHaveLength(2);
    expect(within(dialog).getByLabelText('Tỷ lệ thời gian bước 2 (%)')).toHaveProperty('value', '');
  });
});
