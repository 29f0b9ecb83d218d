import { useEffect } from 'react';
import { Alert, Card, Collapse, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError } from '@web/lib/api';
import { PublicShell } from '../components/public-shell';
import { SearchForm } from '../components/search-form';
import { DossierStatus } from '../components/dossier-status';
import { useLookupDossier } from '../api/get-dossier';
import { lookupKeyOf } from '../utils';

function LookupError({ error }: { error: unknown }) {
  const { t } = useTranslation('lookup');
  const status = error instanceof ApiError ? error.status : 0;
  const message = status === 404 || status === 400 ? t('notFound') : status === 429 ? t('rateLimited') : t('error');
  return (
    <Alert
      type={status === 404 || status === 400 ? 'warning' : 'error'}
      showIcon
      role="alert"
      title={message}
      style={{ marginBottom: 16 }}
    />
  );
}

function Result({ lookupKey }: { lookupKey: string }) {
  const q = useLookupDossier(lookupKey);
  if (q.isLoading) return <Skeleton active />;
  if (q.error) return <LookupError error={q.error} />;
  return q.data ? <DossierStatus d={q.data} /> : null;
}

/** Public page '/tra-cuu/:key' (QR target): the dossier's status card and history, found by the receipt's lookup key. */
export function LookupResultPage() {
  const { t } = useTranslation('lookup');
  const typed = (useParams().key ?? '').trim();
  const key = lookupKeyOf(typed);
  useEffect(() => {
    document.title = t('title') + ' — CCHC';
  }, [t]);
  return (
    <PublicShell>
      <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
        {t('title')}
      </Typography.Title>
      {key ? <Result lookupKey={key} /> : <LookupError error={new ApiError(404, 'NOT_FOUND', '')} />}
      <Card size="small" style={{ marginTop: 16 }}>
        <Collapse
          ghost
          defaultActiveKey={key ? [] : ['search']}
          items={[{ key: 'search', label: t('again'), children: <SearchForm initial={key ? '' : typed} /> }]}
        />
      </Card>
    </PublicShell>
  );
}
