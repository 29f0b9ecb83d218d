import { useState } from 'react';
import { Button, Card, Col, Descriptions, Empty, Flex, Result, Row, Spin, Table, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { DOSSIER_ACTIONS, type DossierAction } from '@core/dossier';
import type { DossierDetail, DossierFileView, DossierStepView } from '@contracts/dossiers';
import { paths } from '@web/config/paths';
import { ApiError } from '@web/lib/api';
import { AppLink } from '@web/components/app-link';
import { ErrorAlert } from '@web/components/error-alert';
import { PageHeader } from '@web/components/page-header';
import { useDossier } from '../api/dossiers';
import { ActionDialog } from '../components/action-dialog';
import { DueCell } from '../components/due-cell';
import { PrintForms } from '../components/print-forms';
import { ScrollRegion } from '../components/scroll-region';
import { SolidTag } from '../components/tags';
import { StatusTag } from '../components/status-tag';
import { actionLabel, statusLabel, vnDateTime } from '../utils/format';
import { formPdfUrl } from '../utils/forms';

const PRIMARY: readonly DossierAction[] = ['accept', 'start', 'forward', 'resubmit', 'confirm_payment', 'finish', 'return_result'];
const DANGER: readonly DossierAction[] = ['refuse', 'stop', 'withdraw'];

function Timeliness({ value }: { value: 'early' | 'on_time' | 'late' | null }) {
  const { t } = useTranslation('dossiers');
  if (!value) return null;
  return <SolidTag color={value === 'late' ? 'red' : value === 'early' ? 'green' : 'blue'}>{t(`timeliness.${value}`)}</SolidTag>;
}

function Actions({ d, onPick }: { d: DossierDetail; onPick: (a: DossierAction) => void }) {
  const { i18n } = useTranslation('dossiers');
  const ordered = DOSSIER_ACTIONS.filter((a) => d.allowedActions.includes(a));
  if (!ordered.length) return null;
  return (
    <Flex wrap gap={8} data-testid="dossier-actions">
      {ordered.map((a) => (
        <Button
          key={a}
          type={PRIMARY.includes(a) ? 'primary' : 'default'}
          danger={DANGER.includes(a)}
          onClick={() => onPick(a)}
          data-testid={`action-${a}`}
        >
          {actionLabel(a, i18n.language)}
        </Button>
      ))}
    </Flex>
  );
}

/** The flag of a second supplement request by the same agency, with the reason recorded for it (event data `reason`). */
function RepeatedSupplement({ reason }: { reason: unknown }) {
  const { t } = useTranslation('dossiers');
  const text = typeof reason === 'string' ? reason.trim() : '';
  return (
    <div data-testid="repeated-supplement">
      <SolidTag color="red">{t('detail.repeatedSupplement')}</SolidTag>
      {text ? (
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>{t('detail.repeatedReason', { reason: text })}</Typography.Paragraph>
      ) : null}
    </div>
  );
}

/** One dossier: summary, actions, the control slip, the timeline and the files. */
export function DetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('dossiers');
  const q = useDossier(id);
  const [action, setAction] = useState<DossierAction | null>(null);
  if (q.isLoading) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (q.error instanceof ApiError && q.error.status === 404)
    return (
      <Result status="404" title="404" subTitle={t('detail.notFound')} extra={<AppLink to={paths.dossiers}>{t('detail.back')}</AppLink>} />
    );
  const d = q.data;
  if (!d) return <ErrorAlert error={q.error} />;

  const stepColumns = [
    { key: 'pos', title: '#', render: (_: unknown, s: DossierStepView) => s.position },
    {
      key: 'unit',
      title: t('step.unit'),
      render: (_: unknown, s: DossierStepView) => (
        <span>
          <strong>{s.name}</strong>
          <br />
          {s.unit.name}
        </span>
      ),
    },
    { key: 'handler', title: t('step.handler'), render: (_: unknown, s: DossierStepView) => s.handler?.fullName ?? '—' },
    {
      key: 'start',
      title: t('step.started'),
      render: (_: unknown, s: DossierStepView) => <span style={{ whiteSpace: 'nowrap' }}>{vnDateTime(s.startedAt) || '—'}</span>,
    },
    {
      key: 'due',
      title: t('step.due'),
      render: (_: unknown, s: DossierStepView) => <span style={{ whiteSpace: 'nowrap' }}>{vnDateTime(s.dueAt) || '—'}</span>,
    },
    {
      key: 'end',
      title: t('step.finished'),
      render: (_: unknown, s: DossierStepView) => <span style={{ whiteSpace: 'nowrap' }}>{vnDateTime(s.finishedAt) || '—'}</span>,
    },
    { key: 'res', title: t('step.result'), render: (_: unknown, s: DossierStepView) => <Timeliness value={s.timeliness} /> },
  ];
  const fileColumns = [
    {
      key: 'name',
      title: t('file.name'),
      render: (_: unknown, f: DossierFileView) => (
        <a href={`/api/dossiers/${d.id}/files/${f.id}`} download>
          {f.fileName}
        </a>
      ),
    },
    { key: 'kind', title: t('file.kind'), render: (_: unknown, f: DossierFileView) => t(`file.kinds.${f.kind}`) },
    { key: 'size', title: t('file.size'), render: (_: unknown, f: DossierFileView) => `${Math.max(1, Math.round(f.sizeBytes / 1024))} KB` },
    { key: 'at', title: t('file.at'), render: (_: unknown, f: DossierFileView) => vnDateTime(f.createdAt) },
  ];

  return (
    <>
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
      <Card size="small" style={{ marginBottom: 16 }} title={t('detail.actions')}>
        {d.allowedActions.length ? (
          <Actions d={d} onPick={setAction} />
        ) : (
          <Typography.Text type="secondary">{t('detail.noActions')}</Typography.Text>
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('detail.summary')} style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
              <Descriptions.Item label={t('col.applicant')}>{d.applicant.name}</Descriptions.Item>
              <Descriptions.Item label={t('field.idNumber')}>{d.applicant.idNumber ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('field.phone')}>{d.applicant.phone ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('field.channel')}>{t(`channel.${d.channel}`)}</Descriptions.Item>
              <Descriptions.Item label={t('detail.received')}>{vnDateTime(d.receivedAt) || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('col.due')}>
                <DueCell dueAt={d.dueAt} marks={d.marks} />
              </Descriptions.Item>
              {d.extendedDueAt ? (
                <Descriptions.Item label={t('detail.originalDue')}>{vnDateTime(d.originalDueAt)}</Descriptions.Item>
              ) : null}
              <Descriptions.Item label={t('detail.receivingUnit')}>{d.receivingUnit.name}</Descriptions.Item>
              <Descriptions.Item label={t('col.current')}>
                {d.currentUnit.name}
                {d.currentHandler ? ` — ${d.currentHandler.fullName}` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.supplements')}>{d.supplementCount}</Descriptions.Item>
              {d.timeliness ? (
                <Descriptions.Item label={t('step.result')}>
                  <Timeliness value={d.timeliness} />
                </Descriptions.Item>
              ) : null}
              {d.nationalCode ? <Descriptions.Item label={t('field.nationalCode')}>{d.nationalCode}</Descriptions.Item> : null}
              {d.subject ? (
                <Descriptions.Item label={t('field.subject')} span={2}>
                  {d.subject}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('detail.timeline')} style={{ marginBottom: 16 }}>
            <Timeline
              items={[...d.events].reverse().map((e) => ({
                key: e.id,
                content: (
                  <div>
                    <Typography.Text strong>{statusLabel(e.toStatus, i18n.language)}</Typography.Text>{' '}
                    <Typography.Text type="secondary">· {t(`event.${e.type}`, { defaultValue: e.type })}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary">
                      {vnDateTime(e.at)}
                      {e.actor ? ` · ${e.actor.fullName}` : ''}
                      {e.unit ? ` · ${e.unit.name}` : ''}
                    </Typography.Text>
                    {e.note ? <Typography.Paragraph style={{ margin: 0 }}>{e.note}</Typography.Paragraph> : null}
                    {e.data && e.data.repeated === true ? <RepeatedSupplement reason={e.data.reason} /> : null}
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('detail.steps')} style={{ marginBottom: 16 }}>
        <ScrollRegion label={t('detail.steps')} minWidth={820}>
          <Table<DossierStepView>
            rowKey="id"
            size="small"
            pagination={false}
            columns={stepColumns}
            dataSource={d.steps}
            locale={{ emptyText: <Empty description={t('detail.noSteps')} /> }}
            data-testid="steps-table"
          />
        </ScrollRegion>
      </Card>
      <Card size="small" title={t('detail.files')} style={{ marginBottom: 16 }}>
        {d.receivedDocuments.length ? (
          <Typography.Paragraph>
            {t('detail.receivedDocs')}: {d.receivedDocuments.map((x) => x.name).join('; ')}
          </Typography.Paragraph>
        ) : null}
        <ScrollRegion label={t('detail.files')} minWidth={520}>
          <Table<DossierFileView>
            rowKey="id"
            size="small"
            pagination={false}
            columns={fileColumns}
            dataSource={d.files}
            locale={{ emptyText: <Typography.Text type="secondary">{t('detail.noFiles')}</Typography.Text> }}
          />
        </ScrollRegion>
      </Card>
      {action ? <ActionDialog dossier={d} action={action} onClose={() => setAction(null)} /> : null}
    </>
  );
}
