import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch, renderPage } from '@web/testing/render';
import { dossiersStrings } from './locales';
import { InboxPage } from './routes/inbox-page';
import { clerkMe, listItem } from './dossiers-fixtures.testing';

const ns = { dossiers: dossiersStrings };
const ITEMS = [
  listItem({
    id: '40000000-0000-4000-8000-000000000011',
    code: '24133-261120-0001',
    applicantName: 'Nguyễn Văn An',
    marks: { dueSoon: false, overdue: true },
  }),
  listItem({
    id: '40000000-0000-4000-8000-000000000012',
    code: '24133-261120-0002',
    applicantName: 'Trần Thị Bình',
    marks: { dueSoon: true, overdue: false },
  }),
  listItem({ id: '40000000-0000-4000-8000-000000000013', code: '24133-261120-0003', applicantName: 'Lê Văn Cường' }),
];

const rowOf = (code: string) => screen.getByText(code).closest('tr') as HTMLElement;

describe('dossier inbox', () => {
  it('renders rows with the overdue and due-soon marks', async () => {
    const calls = fakeFetch({ 'GET /api/auth/me': { body: clerkMe() }, 'GET /api/dossiers': { body: { items: ITEMS, total: 3 } } });
    renderPage(<InboxPage />, { route: '/mot-cua', namespaces: ns });
    expect(await screen.findByText('24133-261120-0001')).toBeTruthy();
    expect(within(rowOf('24133-261120-0001')).getByText('Quá hạn')).toBeTruthy();
    expect(within(rowOf('24133-261120-0002')).getByText('Sắp đến hạn')).toBeTruthy();
    const plain = rowOf('24133-261120-0003');
    expect(within(plain).queryByText('Quá hạn')).toBeNull();
    expect(within(plain).queryByText('Sắp đến hạn')).toBeNull();
    expect(within(plain).getByText('Lê Văn Cường')).toBeTruthy();
    expect(screen.getByText('Tổng 3 hồ sơ')).toBeTruthy();
    // Default view: the worklist, whose statuses the server defines (the same query as the home tiles).
    const first = new URL(calls.find((c) => c.url.startsWith('/api/dossiers'))?.url ?? '', 'http://x');
    expect(first.searchParams.get('waiting')).toBe('true');
    expect(first.searchParams.get('status')).toBeNull();
    expect((screen.getByRole('switch', { name: 'Chỉ hồ sơ chờ đơn vị tôi' }) as HTMLButtonElement).getAttribute('aria-checked')).toBe(
      'true',
    );
    expect(screen.getByTestId('intake-button')).toBeTruthy();
  });

  it('sends the status filter in the request', async () => {
    const calls = fakeFetch({ 'GET /api/auth/me': { body: clerkMe() }, 'GET /api/dossiers': { body: { items: [], total: 0 } } });
    renderPage(<InboxPage />, { route: '/mot-cua?status=done', namespaces: ns });
    await waitFor(() => expect(calls.some((c) => c.url.startsWith('/api/dossiers?'))).toBe(true));
    expect(new URL(calls.find((c) => c.url.startsWith('/api/dossiers?'))?.url ?? '', 'http://x').searchParams.get('status')).toBe('done');
    const select = screen.getByLabelText('Lọc theo trạng thái');
    fireEvent.mouseDown(select);
    fireEvent.click(await screen.findByTitle('Chờ tiếp nhận'));
    await waitFor(() => expect(calls.some((c) => new URL(c.url, 'http://x').searchParams.get('status') === 'done,submitted')).toBe(true));
    fireEvent.click(screen.getByText('Quá hạn'));
    await waitFor(() => expect(calls.some((c) => new URL(c.url, 'http://x').searchParams.get('due') === 'overdue')).toBe(true));
  });

  it('hides the intake button without dossier.create', async () => {
    fakeFetch({ 'GET /api/auth/me': { body: clerkMe(['dossier.read']) }, 'GET /api/dossiers': { body: { items: ITEMS, total: 3 } } });
    renderPage(<InboxPage />, { route: '/mot-cua', namespaces: ns });
    expect(await screen.findByText('24133-261120-0001')).toBeTruthy();
    expect(screen.queryByTestId('intake-button')).toBeNull();
  });

  it('turns the worklist off to show every dossier of the unit', async () => {
    const calls = fakeFetch({ 'GET /api/auth/me': { body: clerkMe() }, 'GET /api/dossiers': { body: { items: [], total: 0 } } });
    renderPage(<InboxPage />, { route: '/mot-cua', namespaces: ns });
    fireEvent.click(await screen.findByRole('switch', { name: 'Chỉ hồ sơ chờ đơn vị tôi' }));
    await waitFor(() => expect(new URL(calls[calls.length - 1]?.url ?? '', 'http://x').searchParams.get('waiting')).toBeNull());
    expect(screen.getByText('Mọi trạng thái')).toBeTruthy();
  });

  it('says which filters a dossier found by its exact code passes over', async () => {
    const hit = listItem({ id: '40000000-0000-4000-8000-000000000021', code: '66.TTPVHCC-261120-0042', status: 'returned' });
    const calls = fakeFetch({
      'GET /api/auth/me': { body: clerkMe() },
      'GET /api/dossiers': (_b, url) =>
        url.searchParams.get('q')
          ? { body: { items: [hit], total: 1, codeMatch: { code: hit.code, hiddenBy: ['status', 'mine'] } } }
          : { body: { items: ITEMS, total: 3 } },
    });
    renderPage(<InboxPage />, { route: '/mot-cua?mine=true&q=66.ttpvhcc-261120-0042', namespaces: ns });
    const alert = await screen.findByTestId('code-match');
    expect(alert.textContent).toContain('Hồ sơ 66.TTPVHCC-261120-0042 được hiện theo mã dù bộ lọc đang đặt sẽ ẩn nó: trạng thái, của tôi.');
    expect(screen.getByText('66.TTPVHCC-261120-0042')).toBeTruthy();
    expect(calls.some((c) => new URL(c.url, 'http://x').searchParams.get('q') === '66.ttpvhcc-261120-0042')).toBe(true);
  });
});
