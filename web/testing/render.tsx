import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router-dom';
import { I18nextProvider } from 'react-i18next';
import { ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { initI18n, type FeatureStrings } from '@web/lib/i18n';
import { AuthProvider } from '@web/lib/auth';
import { commonStrings } from '@web/app/locales';

/** A fetch stub answering by `METHOD path` with a status and JSON body. */
export type FakeRoutes = Record<
  string,
  { status?: number; body: unknown } | ((body: unknown, url: URL) => { status?: number; body: unknown })
>;

/** Replaces global fetch with the routes given; unknown calls answer 404 in the API error shape. Returns the call log. */
export function fakeFetch(routes: FakeRoutes): Array<{ method: string; url: string; body: unknown; headers: Record<string, string> }> {
  const calls: Array<{ method: string; url: string; body: unknown; headers: Record<string, string> }> = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const body: unknown = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, url: url.pathname + url.search, body, headers: (init?.headers ?? {}) as Record<string, string> });
    const route = routes[`${method} ${url.pathname}`];
    const answer = typeof route === 'function' ? route(body, url) : route;
    if (!answer) return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'not found', issues: [] } }), { status: 404 });
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return calls;
}

/** Renders a page with the app's providers, in Vietnamese, at the given route. */
export function renderPage(
  ui: ReactElement,
  opts: { route?: string; namespaces?: Record<string, FeatureStrings>; signedOut?: boolean } = {},
) {
  // A signed-in browser holds the session's readable CSRF cookie (the app asks who is signed in only then); a citizen's
  // browser on a public page holds none (`signedOut`).
  document.cookie = opts.signedOut ? 'cchc_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/' : 'cchc_csrf=test-csrf; path=/';
  const i18n = initI18n({ common: commonStrings, ...(opts.namespaces ?? {}) });
  for (const [ns, s] of Object.entries(opts.namespaces ?? {})) {
    i18n.addResourceBundle('vi', ns, s.vi, true, true);
    i18n.addResourceBundle('en', ns, s.en, true, true);
  }
  void i18n.changeLanguage('vi');
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nextProvider i18n={i18n}>
      <ConfigProvider locale={viVN}>
        <QueryClientProvider client={qc}>
          <MemoryRouter initialEntries={[opts.route ?? '/']}>
            <AuthProvider>{ui}</AuthProvider>
          </MemoryRouter>
        </QueryClientProvider>
      </ConfigProvider>
    </I18nextProvider>,
  );
}
