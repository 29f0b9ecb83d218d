import { useEffect } from 'react';
import { Alert, Card, Collapse, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError } from '@web/lib/api';
import { PublicShell } from '../components/public-shell';
import { SearchForm } from '../components/search-form';
import { DossierStatus } from '../components/dossier-status';
import { useLookupDossier } from '../api/get-dossier';
import { isDossierCode } from '../utils';

function LookupError({ error, code }: { error: unknown; code: string }) {
  const { t } = useTranslation('lookup');
  const status = error instanceof ApiError ? error.status : 0;
  const message = status === 404 || status === 400 ? t('notFound', { code }) : status === 429 ? t('rateLimited') : t('error');
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

function Result({ code }: { code: string }) {
  const q = useLookupDossier(code);
  if (q.isLoading) return <Skeleton active />;
  if (q.error) return <LookupError error={q.error} code={code} />;
  return q.data ? <DossierStatus d={q.data} /> : null;
}

/** Public page '/tra-cuu/:code' (QR target): the dossier's status card and history. */
export function LookupResultPage() {
  const { t } = useTranslation('lookup');
  const code = (useParams().code ?? '').trim();
  const valid = isDossierCode(code);
  useEffect(() => {
    document.title = `${code} — ${t('title')}`;
  }, [code, t]);
  return (
    <PublicShell>
      <Typography.Title level={1} style={{ fontSize: 20, marginTop: 0 }}>
        {t('title')}
      </Typography.Title>
      {valid ? <Result code={code} /> : <LookupError error={new ApiError(400, 'VALIDATION_FAILED', '')} code={code} />}
      <Card size="small" style={{ marginTop: 16 }}>
        <Collapse
          ghost
          defaultActiveKey={valid ? [] : ['search']}
          items={[{ key: 'search', label: t('again'), children: <SearchForm initial={valid ? '' : code} /> }]}
        />
      </Card>
    </PublicShell>
  );
}
