import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeFetch, renderPage } from '@web/testing/render';
import { LoginPage } from './login';

const UNAUTH = { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập', issues: [] } } };

describe('LoginPage', () => {
  it('shows Vietnamese labels by default', async () => {
    fakeFetch({ 'GET /api/auth/me': UNAUTH });
    renderPage(<LoginPage />);
    expect(await screen.findByRole('heading', { name: 'Đăng nhập hệ thống' })).toBeTruthy();
    expect(screen.getByLabelText('Tên đăng nhập')).toBeTruthy();
    expect(screen.getByLabelText('Mật khẩu')).toBeTruthy();
  });

  it('shows the server message when the password is wrong', async () => {
    const calls = fakeFetch({
      'GET /api/auth/me': UNAUTH,
      'POST /api/auth/login': {
        status: 401,
        body: { error: { code: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng', issues: [] } },
      },
    });
    renderPage(<LoginPage />);
    fireEvent.change(await screen.findByLabelText('Tên đăng nhập'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'sai' } });
    fireEvent.click(screen.getByRole('button', { name: /Đăng nhập/ }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('mật khẩu không đúng'));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ username: 'admin', password: 'sai' });
  });

  it('asks for both fields before calling the server', async () => {
    const calls = fakeFetch({ 'GET /api/auth/me': UNAUTH });
    renderPage(<LoginPage />);
    fireEvent.click(await screen.findByRole('button', { name: /Đăng nhập/ }));
    expect(await screen.findByText('Vui lòng nhập tên đăng nhập')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });
});
