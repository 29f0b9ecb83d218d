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
    // Default view: the open statuses.
    const first = new URL(calls.find((c) => c.url.startsWith('/api/dossiers'))?.url ?? '', 'http://x');
    expect(first.searchParams.get('status')).toBe('received,processing,supplement_requested,awaiting_payment');
    expect(screen.getByTestId('intake-button')).toBeTruthy();
  });

  it('sends the status filter in the request', async () => {
    const calls = fakeFetch({ 'GET /api/auth/me': { body: clerkMe() }, 'GET /api/dossiers': { body: { items: [], total: 0 } } });
    renderPage(<InboxPage />, { route: '/mot-cua?status=done', namespaces: ns });
    await waitFor(() => expect(calls.some((c) => c.url.startsWith('/api/dossiers?'))).toBe(true));
    expect(new URL(calls.find((c) => c.url.startsWith('/api/dossiers?'))?.url ?? '', 'http://x').searchParams.get('status')).toBe('done');
    const select = screen.getByLabelText('Lọc theo trạng thái');
    fireEvent.mouseDown(select);
    fireEvent.click(await screen.findByTitle('Mới đăng ký'));
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
});
