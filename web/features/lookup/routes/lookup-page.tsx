import { useEffect } from 'react';
import { Card, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { paths } from '@web/config/paths';
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
      <Card size="small" style={{ marginTop: 16 }}>
        <Typography.Paragraph style={{ marginBottom: 4 }}>{t('submitLinkHint')}</Typography.Paragraph>
        <Link to={paths.onlineSubmission} style={{ fontWeight: 600 }}>
          {t('submitLink')}
        </Link>
      </Card>
    </PublicShell>
  );
}
