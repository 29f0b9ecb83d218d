import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { fakeFetch, renderPage } from '@web/testing/render';
import { dossiersStrings } from './locales';
import { fillIntake } from './intake.testing';
import { IntakePage } from './routes/intake-page';
import { DOC_B, PROC_ID, PROCEDURE, UNIT_ID, clerkMe } from './dossiers-fixtures.testing';

// Issue #14 point 2 at the counter intake page: beside "Tiếp nhận", guide to complete (form 02, the unticked required
// documents pre-filled) or refuse (form 03, a reason), each saved to the counter log and printable.
const ns = { dossiers: dossiersStrings };
const WARD = { id: UNIT_ID, code: '24133', name: 'Phường Tân Lập', communeId: UNIT_ID, provinceId: 'P66' };
const OUTCOME_ID = '7b1e2c3d-0000-4000-8000-0000000c0c01';
const outcome = (kind: 'guided' | 'refused') => ({
  id: OUTCOME_ID,
  number: 12,
  kind,
  at: '2026-12-08T09:00:00+07:00',
  unit: { id: UNIT_ID, name: 'Phường Tân Lập' },
  procedure: { id: PROC_ID, name: 'Đăng ký khai sinh' },
  dossier: null,
  channel: 'in_person',
  applicant: { type: 'citizen', name: 'Nguyễn Văn An', idNumber: '066123456789', phone: null, address: null },
  missing: [],
  wrong: [],
  reason: kind === 'refused' ? 'Không thuộc thẩm quyền' : null,
  officer: { id: UNIT_ID, name: 'Cán bộ một cửa' },
  pdfPath: `/api/counter-outcomes/${OUTCOME_ID}/pdf`,
});

function routes(kind: 'guided' | 'refused') {
  return fakeFetch({
    'GET /api/auth/me': { body: clerkMe() },
    'GET /api/dossiers/intake/units': { body: { items: [WARD], communes: [] } },
    'GET /api/dossiers/intake/procedures': { body: { items: [PROCEDURE] } },
    'POST /api/counter-outcomes': { status: 201, body: outcome(kind) },
  });
}

const fill = fillIntake;

describe('counter outcomes at the intake page', () => {
  it('guides with form 02: the unticked required document pre-filled, a wrong document added, saved and printable', async () => {
    const calls = routes('guided');
    renderPage(<IntakePage />, { route: '/mot-cua/tiep-nhan', namespaces: ns });
    await fill();
    fireEvent.click(screen.getByLabelText(/Tờ khai đăng ký khai sinh/));
    fireEvent.click(screen.getByTestId('counter-guide'));
    const dialog = await screen.findByRole('dialog', { name: /Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ/ });
    expect((within(dialog).getByLabelText('Giấy tờ còn thiếu 1') as HTMLInputElement).value).toBe('Giấy chứng sinh');
    expect(within(dialog).queryByLabelText('Giấy tờ còn thiếu 2')).toBeNull();
    fireEvent.click(within(dialog).getByTestId('add-wrong'));
    fireEvent.change(await within(dialog).findByLabelText('Tên giấy tờ 1'), { target: { value: 'Tờ khai đăng ký khai sinh' } });
    fireEvent.change(within(dialog).getByLabelText('Chưa đúng ở điểm nào 1'), { target: { value: 'thiếu chữ ký' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu và lập phiếu' }));
    const done = await screen.findByTestId('counter-done');
    expect(done.textContent).toContain('Đã lập phiếu số 12');
    expect(within(done).getByRole('link', { name: 'In phiếu (PDF)' }).getAttribute('href')).toBe(`/api/counter-outcomes/${OUTCOME_ID}/pdf`);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      kind: 'guided',
      procedureId: PROC_ID,
      channel: 'in_person',
      applicant: { type: 'citizen', name: 'Nguyễn Văn An', idNumber: '066123456789' },
      missing: [{ documentId: DOC_B, name: 'Giấy chứng sinh' }],
      wrong: [{ name: 'Tờ khai đăng ký khai sinh', note: 'thiếu chữ ký' }],
    });
  });

  it('refuses with form 03 only with a reason', async () => {
    const calls = routes('refused');
    renderPage(<IntakePage />, { route: '/mot-cua/tiep-nhan', namespaces: ns });
    await fill();
    fireEvent.click(screen.getByTestId('counter-refuse'));
    const dialog = await screen.findByRole('dialog', { name: /Phiếu từ chối tiếp nhận giải quyết hồ sơ/ });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu và lập phiếu' }));
    expect(await within(dialog).findByText('Vui lòng ghi lý do từ chối')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.change(within(dialog).getByLabelText('Lý do từ chối tiếp nhận (in trên mẫu 03)'), {
      target: { value: 'Không thuộc thẩm quyền' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu và lập phiếu' }));
    expect((await screen.findByTestId('counter-done')).textContent).toContain('Đã lập phiếu số 12');
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      kind: 'refused',
      reason: 'Không thuộc thẩm quyền',
      procedureId: PROC_ID,
    });
  });

  it('asks for the applicant before issuing a slip', async () => {
    const calls = routes('guided');
    renderPage(<IntakePage />, { route: '/mot-cua/tiep-nhan', namespaces: ns });
    await screen.findByLabelText('Thủ tục hành chính');
    fireEvent.click(screen.getByTestId('counter-guide'));
    expect(await screen.findByText('Vui lòng nhập họ tên người nộp')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
