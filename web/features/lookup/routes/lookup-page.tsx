import { useEffect } from 'react';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PublicShell } from '../components/public-shell';
import { SearchForm } from '../components/search-form';

/** Public page '/tra-cuu': enter a dossier code. */
export function LookupPage() {
  const { t } = useTranslation('lookup');
  useEffect(() => {
    document.title = `${t('title')} — CCHC`;
  }, [t]);
  return (
    <PublicShell>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph>{t('intro')}</Typography.Paragraph>
        <SearchForm />
      </Card>
    </PublicShell>
  );
}
