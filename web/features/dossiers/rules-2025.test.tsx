import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import type { DossierEventView } from '@contracts/dossiers';
import { fakeFetch, renderPage } from '@web/testing/render';
import { dossiersStrings } from './locales';
import { DetailPage } from './routes/detail-page';
import { clerkMe, detail, UNIT_ID } from './dossiers-fixtures.testing';

// The dossier page under the one-stop rules of the reception date (docs/DOMAIN.md §10): printed forms' titles, the
// refusal after review with its reason, the hand-over deadline, a late apology.
const ns = { dossiers: dossiersStrings };
const page = (
  <Routes>
    <Route path="/mot-cua/ho-so/:id" element={<DetailPage />} />
  </Routes>
);
let seq = 100;
const ev = (
  type: string,
  fromStatus: DossierEventView['fromStatus'],
  toStatus: DossierEventView['toStatus'],
  o: Partial<DossierEventView> = {},
) => ({
  id: ++seq,
  type,
  fromStatus,
  toStatus,
  at: '2025-07-03T03:00:00.000Z',
  actor: null,
  unit: { id: UNIT_ID, name: 'Phường Tân Lập' },
  note: null,
  data: null,
  ...o,
});
const receive = ev('receive', null, 'received');
const apology = ev('issue_apology', 'processing', 'processing', {
  note: 'Chờ xác minh',
  data: { previousDueAt: '2025-07-04T02:00:00.000Z', newDueAt: '2025-07-09T02:00:00.000Z', late: true },
});
const show = (D: ReturnType<typeof detail>, extra: Parameters<typeof fakeFetch>[0] = {}) => {
  const calls = fakeFetch({ 'GET /api/auth/me': { body: clerkMe() }, [`GET /api/dossiers/${D.id}`]: { body: D }, ...extra });
  renderPage(page, { route: `/mot-cua/ho-so/${D.id}`, namespaces: ns });
  return calls;
};

describe('the dossier page under the rules of its reception date', () => {
  it.each([
    [
      'nd61-2018' as const,
      'Nghị định 61/2018/NĐ-CP, Nghị định 107/2021/NĐ-CP, Thông tư 01/2018/TT-VPCP',
      ['Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả', 'Mẫu 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ'],
    ],
    [
      'nd118-2025' as const,
      'Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP',
      ['Mẫu 04 — Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết', 'Mẫu 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ'],
    ],
  ])('%s: names the rules and prints the forms with their titles', async (id, name, titles) => {
    const D = detail({ ruleSet: { id, name }, events: [receive, apology], allowedActions: [] });
    show(D);
    expect(await screen.findByText(name)).toBeTruthy();
    fireEvent.click(await screen.findByTestId('print-forms'));
    const links = within(await screen.findByRole('menu')).getAllByRole('link');
    expect(links.map((a) => a.textContent).slice(1)).toEqual(titles);
  });

  it('refuses a dossier after review with a required reason, posted to refuse-after-review', async () => {
    const D = detail({ status: 'processing', statusCode: 4, version: 5, allowedActions: ['finish', 'refuse_after_review'] });
    const refused = {
      ...D,
      status: 'done' as const,
      statusCode: 9,
      version: 6,
      timeliness: 'on_time' as const,
      result: { kind: 'refused' as const, reason: 'Thửa đất đang có tranh chấp' },
      allowedActions: [],
    };
    const calls = show(D, { [`POST /api/dossiers/${D.id}/refuse-after-review`]: { body: refused } });
    fireEvent.click(await screen.findByTestId('action-refuse_after_review'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(await within(dialog).findByText('Vui lòng ghi nội dung')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Lý do từ chối giải quyết (in trên Mẫu 03, trả cho người nộp)'), {
      target: { value: 'Thửa đất đang có tranh chấp' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.url).toBe(`/api/dossiers/${D.id}/refuse-after-review`));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ expectedVersion: 5, note: 'Thửa đất đang có tranh chấp' });
    const result = await screen.findByTestId('result-kind');
    expect(within(result).getByText('Từ chối giải quyết')).toBeTruthy();
    expect(within(result).getByText('Lý do: Thửa đất đang có tranh chấp')).toBeTruthy();
  });

  it.each([
    [
      'not yet handed over, past the deadline',
      { dueAt: '2025-07-01T10:30:00.000Z', handedAt: null, result: null, overdue: true },
      ['Chậm nhất 01/07/2025 17:30', 'Chưa chuyển', 'Quá hạn'],
    ],
    [
      'handed over the next morning after a 15:30 receipt',
      { dueAt: '2025-07-02T01:30:00.000Z', handedAt: '2025-07-02T01:00:00.000Z', result: 'on_time' as const, overdue: false },
      ['Chậm nhất 02/07/2025 08:30', 'Đã chuyển 02/07/2025 08:00', 'Đúng hạn'],
    ],
  ])('shows the hand-over deadline on the control slip: %s', async (_, h, texts) => {
    const D = detail({ handOver: { ...h, cutoff: '15:00', legalRef: 'Nghị định 118/2025/NĐ-CP' }, events: [receive], allowedActions: [] });
    show(D);
    const line = await screen.findByTestId('hand-over');
    for (const x of texts) expect(within(line).getByText(x, { exact: false })).toBeTruthy();
    expect(within(line).getByText(/trước 15:00: chuyển trong ngày/)).toBeTruthy();
  });

  it('flags an apology sent late, still recorded with its new date', async () => {
    const D = detail({ events: [receive, apology], allowedActions: [] });
    show(D);
    const flag = await screen.findByTestId('late-apology');
    expect(within(flag).getByText('Gửi muộn')).toBeTruthy();
    expect(screen.queryByTestId('hand-over')).toBeNull();
  });

  it.each([
    ['within a working day of the due', { dueSoon: true, overdue: false }, true],
    ['past the due', { dueSoon: false, overdue: true }, true],
    ['in good time', { dueSoon: false, overdue: false }, false],
  ])('warns before an apology %s that it will be recorded as late', async (_, marks, shown) => {
    const D = detail({ status: 'processing', statusCode: 4, marks, events: [receive], allowedActions: ['issue_apology'] });
    show(D);
    fireEvent.click(await screen.findByTestId('action-issue_apology'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByTestId('late-apology-notice') !== null).toBe(shown);
  });
});
