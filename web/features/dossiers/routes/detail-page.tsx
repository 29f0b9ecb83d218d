import { useState } from 'react';
import { Alert, Button, Col, Result, Row, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { DossierAction } from '@core/dossier';
import type { DossierDetail } from '@contracts/dossiers';
import { paths } from '@web/config/paths';
import { ApiError } from '@web/lib/api';
import { AppLink } from '@web/components/app-link';
import { ErrorAlert } from '@web/components/error-alert';
import { PageHeader } from '@web/components/page-header';
import { useDossier } from '../api/dossiers';
import { ActionDialog } from '../components/action-dialog';
import { DetailActions } from '../components/detail-actions';
import { DetailFiles } from '../components/detail-files';
import { DetailSteps, DetailSummary, DetailTimeline } from '../components/detail-sections';
import { PrintForms } from '../components/print-forms';
import { StatusTag } from '../components/status-tag';
import { formPdfUrl } from '../utils/forms';
import { vnDateTime } from '../utils/format';

/** The dossier's code and procedure, its status, the receipt and the other printable forms, and the way back. */
function DetailHeader({ d }: { d: DossierDetail }) {
  const { t } = useTranslation('dossiers');
  return (
    <PageHeader
      title={<span style={{ fontFamily: 'monospace' }}>{d.code}</span>}
      subtitle={d.procedure.name}
      extra={
        <>
          <StatusTag status={d.status} />
          {/* The server issues the receipt once the dossier has a receipt time (else 404). */}
          {d.receivedAt ? (
            <Button href={formPdfUrl(d.id, '01')} target="_blank" rel="noopener">
              {t('intake.receipt')}
            </Button>
          ) : null}
          <PrintForms dossier={d} />
          <AppLink to={paths.dossiers}>{t('detail.back')}</AppLink>
        </>
      }
    />
  );
}

/** One dossier: summary, actions, the control slip, the timeline and the files. */
export function DetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('dossiers');
  const q = useDossier(id);
  const [action, setAction] = useState<DossierAction | null>(null);
  if (q.isLoading) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (q.error instanceof ApiError && q.error.status === 404)
    return (
      <Result status="404" title="404" subTitle={t('detail.notFound')} extra={<AppLink to={paths.dossiers}>{t('detail.back')}</AppLink>} />
    );
  const d = q.data;
  if (!d) return <ErrorAlert error={q.error} />;

  return (
    <>
      <DetailHeader d={d} />
      <DetailActions d={d} onPick={setAction} />
      {d.completion ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('counter.completionPending', { at: vnDateTime(d.completion.requestedAt) })}
          description={d.completion.items.join('; ')}
          data-testid="completion-pending"
        />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <DetailSummary d={d} />
        </Col>
        <Col xs={24} xl={10}>
          <DetailTimeline d={d} />
        </Col>
      </Row>
      <DetailSteps d={d} />
      <DetailFiles d={d} />
      {action ? <ActionDialog dossier={d} action={action} onClose={() => setAction(null)} /> : null}
    </>
  );
}
