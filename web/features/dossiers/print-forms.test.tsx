import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import type { DossierEventView } from '@contracts/dossiers';
import { fakeFetch, renderPage } from '@web/testing/render';
import { dossiersStrings } from './locales';
import { DetailPage } from './routes/detail-page';
import { availableForms } from './utils/forms';
import { clerkMe, detail, UNIT_ID } from './dossiers-fixtures.testing';

const ns = { dossiers: dossiersStrings };
const page = (
  <Routes>
    <Route path="/mot-cua/ho-so/:id" element={<DetailPage />} />
  </Routes>
);

let seq = 0;
const ev = (
  type: string,
  fromStatus: DossierEventView['fromStatus'],
  toStatus: DossierEventView['toStatus'],
  o: Partial<DossierEventView> = {},
): DossierEventView => ({
  id: ++seq,
  type,
  fromStatus,
  toStatus,
  at: '2026-11-20T03:00:00.000Z',
  actor: null,
  unit: { id: UNIT_ID, name: 'Phường Tân Lập' },
  note: null,
  data: null,
  ...o,
});

const RECEIVED = '2026-11-20T02:00:00.000Z';
const receive = ev('receive', null, 'received');

describe('which print forms a dossier offers (mirrors the server rule)', () => {
  it.each([
    ['submitted online, not yet received', null, [ev('submit', null, 'submitted')], []],
    [
      'refused at the counter',
      null,
      [ev('submit', null, 'submitted'), ev('refuse', 'submitted', 'not_received', { note: 'Không thuộc thẩm quyền' })],
      ['03'],
    ],
    ['received', RECEIVED, [receive], ['01', '06']],
    ['supplement requested', RECEIVED, [receive, ev('request_supplement', 'processing', 'supplement_requested')], ['01', '02', '06']],
    [
      'supplement requested then resubmitted',
      RECEIVED,
      [receive, ev('request_supplement', 'processing', 'supplement_requested'), ev('resubmit', 'supplement_requested', 'processing')],
      ['01', '02', '06'],
    ],
    [
      'apology with a new date',
      RECEIVED,
      [receive, ev('issue_apology', 'processing', 'processing', { data: { newDueAt: '2026-12-02T09:30:00.000Z' } })],
      ['01', '04', '06'],
    ],
    ['stopped', RECEIVED, [receive, ev('stop', 'processing', 'stopped')], ['01', '05', '06']],
    ['forwarded only', RECEIVED, [receive, ev('forward', 'received', 'processing')], ['01', '06']],
  ] as const)('%s → %j', (_name, receivedAt, events, forms) => {
    expect(availableForms({ receivedAt, events: [...events] })).toEqual(forms);
  });
});

describe('print forms on the dossier page', () => {
  it('lists the applicable forms as same-origin PDF links', async () => {
    const D = detail({
      events: [receive, ev('request_supplement', 'processing', 'supplement_requested'), ev('stop', 'supplement_requested', 'stopped')],
      status: 'stopped',
      allowedActions: [],
    });
    fakeFetch({ 'GET /api/auth/me': { body: clerkMe() }, [`GET /api/dossiers/${D.id}`]: { body: D } });
    renderPage(page, { route: `/mot-cua/ho-so/${D.id}`, namespaces: ns });
    fireEvent.click(await screen.findByTestId('print-forms'));
    const menu = await screen.findByRole('menu');
    const links = within(menu).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
      'Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
      // Received after 1 July 2025: the titles of Circular 03/2025 (docs/DOMAIN.md §10.3).
      'Mẫu 05 — Thông báo dừng giải quyết hồ sơ',
      'Mẫu 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['01', '02', '05', '06'].map((f) => `/api/dossiers/${D.id}/forms/${f}.pdf`));
    for (const a of links) expect(a.getAttribute('target')).toBe('_blank');
    // The receipt keeps its own button.
    expect(screen.getByRole('link', { name: 'Giấy tiếp nhận (PDF)' }).getAttribute('href')).toBe(`/api/dossiers/${D.id}/forms/01.pdf`);
  });

  it('opens a form from the keyboard (Enter on the menu item)', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const D = detail({ events: [receive], allowedActions: [] });
    fakeFetch({ 'GET /api/auth/me': { body: clerkMe() }, [`GET /api/dossiers/${D.id}`]: { body: D } });
    renderPage(page, { route: `/mot-cua/ho-so/${D.id}`, namespaces: ns });
    fireEvent.click(await screen.findByTestId('print-forms'));
    const items = within(await screen.findByRole('menu')).getAllByRole('menuitem');
    fireEvent.keyDown(items[1]!, { key: 'Enter', keyCode: 13, which: 13 });
    expect(open).toHaveBeenCalledWith(`/api/dossiers/${D.id}/forms/06.pdf`, '_blank', 'noopener');
    open.mockRestore();
  });

  it('offers only the refusal slip for a dossier refused before receipt, and no receipt', async () => {
    const D = detail({
      status: 'not_received',
      statusCode: 3,
      receivedAt: null,
      events: [ev('submit', null, 'submitted'), ev('refuse', 'submitted', 'not_received')],
      allowedActions: [],
    });
    fakeFetch({ 'GET /api/auth/me': { body: clerkMe() }, [`GET /api/dossiers/${D.id}`]: { body: D } });
    renderPage(page, { route: `/mot-cua/ho-so/${D.id}`, namespaces: ns });
    fireEvent.click(await screen.findByTestId('print-forms'));
    const links = within(await screen.findByRole('menu')).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`/api/dossiers/${D.id}/forms/03.pdf`]);
    expect(screen.queryByRole('link', { name: 'Giấy tiếp nhận (PDF)' })).toBeNull();
  });

  it('shows no print control when no form applies', async () => {
    const D = detail({
      status: 'submitted',
      statusCode: 1,
      receivedAt: null,
      events: [ev('submit', null, 'submitted')],
      allowedActions: [],
    });
    fakeFetch({ 'GET /api/auth/me': { body: clerkMe() }, [`GET /api/dossiers/${D.id}`]: { body: D } });
    renderPage(page, { route: `/mot-cua/ho-so/${D.id}`, namespaces: ns });
    expect(await screen.findByText('Thông tin hồ sơ')).toBeTruthy();
    expect(screen.queryByTestId('print-forms')).toBeNull();
  });

  it('shows the reason of a second supplement request next to its flag', async () => {
    const D = detail({
      status: 'supplement_requested',
      events: [
        receive,
        ev('request_supplement', 'processing', 'supplement_requested', {
          note: 'Bổ sung tờ khai',
          data: { repeated: false, reason: null },
        }),
        ev('resubmit', 'supplement_requested', 'processing'),
        ev('request_supplement', 'processing', 'supplement_requested', {
          note: 'Bổ sung giấy chứng sinh',
          data: { repeated: true, reason: 'Giấy chứng sinh nộp lần trước bị mờ', previousAtUnit: 1 },
        }),
      ],
      allowedActions: [],
    });
    fakeFetch({ 'GET /api/auth/me': { body: clerkMe() }, [`GET /api/dossiers/${D.id}`]: { body: D } });
    renderPage(page, { route: `/mot-cua/ho-so/${D.id}`, namespaces: ns });
    const flags = await screen.findAllByTestId('repeated-supplement');
    expect(flags).toHaveLength(1);
    expect(within(flags[0]!).getByText('Yêu cầu bổ sung lần thứ hai tại cùng cơ quan')).toBeTruthy();
    expect(within(flags[0]!).getByText('Lý do yêu cầu bổ sung lần hai: Giấy chứng sinh nộp lần trước bị mờ')).toBeTruthy();
    expect(screen.getByText('Bổ sung giấy chứng sinh')).toBeTruthy();
  });
});
