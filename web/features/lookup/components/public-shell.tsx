import type { ReactNode } from 'react';
import { Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '@web/config/paths';
import { setLanguage, type Language } from '@web/lib/i18n';

/** Frame of the public pages: a header with the portal name and language switch, a narrow column for content. */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation('lookup');
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <header style={{ background: '#a8071a', color: '#fff', padding: '12px 16px' }}>
        <Flex justify="space-between" align="center" gap={12} style={{ maxWidth: 720, margin: '0 auto' }} wrap>
          <div>
            <div style={{ fontSize: 12, opacity: 0.95 }}>{t('province')}</div>
            <Link to={paths.lookup} style={{ color: '#fff', fontWeight: 600, fontSize: 16 }}>
              {t('portal')}
            </Link>
          </div>
          <Select
            size="small"
            aria-label={t('common:lang.switch')}
            value={i18n.language as Language}
            onChange={(v: Language) => setLanguage(v)}
            options={[
              { value: 'vi', label: 'Tiếng Việt' },
              { value: 'en', label: 'English' },
            ]}
            style={{ width: 116 }}
          />
        </Flex>
      </header>
      <main style={{ maxWidth: 720, margin: '0 auto', padding: 16 }}>{children}</main>
      <footer style={{ maxWidth: 720, margin: '0 auto', padding: '8px 16px 24px' }}>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          <Link to={paths.login}>{t('staffLogin')}</Link>
        </Typography.Text>
      </footer>
    </div>
  );
}
