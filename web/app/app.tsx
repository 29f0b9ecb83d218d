import { useEffect, useState } from 'react';
import { ConfigProvider, App as AntApp } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { I18nextProvider } from 'react-i18next';
import { AuthProvider } from '@web/lib/auth';
import { initI18n } from '@web/lib/i18n';
import { ApiError } from '@web/lib/api';
import { commonStrings } from './locales';
import { FEATURES } from './features';
import { AppRoutes } from './router';

const i18n = initI18n({ common: commonStrings, ...Object.fromEntries(FEATURES.map((f) => [f.ns, f.strings])) });

// Secondary text darker than antd's default so it passes WCAG AA contrast (axe).
const THEME = {
  token: {
    colorPrimary: '#a8071a',
    borderRadius: 6,
    colorTextSecondary: '#595959',
    colorTextDescription: '#595959',
    colorTextTertiary: '#595959',
    colorTextPlaceholder: '#6b6b6b',
    colorLink: '#a8071a',
    colorLinkHover: '#cf1322',
    colorLinkActive: '#820014',
    colorError: '#cf1322',
  },
};

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers are final; retry only what may be transient.
      retry: (count, e) => !(e instanceof ApiError && e.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/** Providers: query cache, i18n, antd locale and theme, auth, router. */
export function App() {
  const [lang, setLang] = useState(i18n.language);
  useEffect(() => {
    const on = (l: string) => setLang(l);
    i18n.on('languageChanged', on);
    return () => i18n.off('languageChanged', on);
  }, []);
  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'vi');
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <I18nextProvider i18n={i18n}>
      <ConfigProvider locale={lang === 'en' ? enUS : viVN} theme={THEME}>
        <AntApp>
          <QueryClientProvider client={queryClient}>
            <BrowserRouter>
              <AuthProvider>
                <AppRoutes />
              </AuthProvider>
            </BrowserRouter>
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </I18nextProvider>
  );
}
