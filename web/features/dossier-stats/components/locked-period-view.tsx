import { Card, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Adjustment } from '@contracts/dossier-stats';
import { ErrorAlert } from '@web/components/error-alert';
import { useAdjustments, usePeriodReport } from '../api/stats-extra';
import { formatDate, formatMoment, type Period } from '../utils/period';
import { BreakdownTable } from './breakdown-table';
import { KpiCards } from './kpi-cards';

/** One period's figures (as published when locked) and, for a locked period, its adjustments (điều chỉnh sau chốt). */
export function LockedPeriodView({ unitId, period }: { unitId: string; period: Period }) {
  const { t } = useTranslation('dossierStats');
  const report = usePeriodReport(unitId, period);
  const lockId = report.data?.lock?.id ?? null;
  const adjustments = useAdjustments(lockId);
  const data = report.data;
  const cls = (k: Adjustment['locked']) => t(`locks.cls.${k}`);
  return (
    <Card
      size="small"
      title={t('locks.figures', { from: formatDate(period.from), to: formatDate(period.to) })}
      style={{ marginTop: 16 }}
      data-testid="locked-period"
    >
      {report.error ? <ErrorAlert error={report.error} /> : null}
      {!data && !report.error ? <Spin style={{ display: 'block' }} /> : null}
      {data ? (
        <>
          <Typography.Paragraph>
            {data.lock ? (
              <Tag color="success">{t('locks.published', { at: formatMoment(data.lock.lockedAt) })}</Tag>
            ) : (
              <Tag>{t('locks.live')}</Tag>
            )}
            {data.lock?.note ? <Typography.Text type="secondary"> {data.lock.note}</Typography.Text> : null}
          </Typography.Paragraph>
          <KpiCards total={data.total} target={data.onTimeTarget} />
          <BreakdownTable report={data} />
        </>
      ) : null}
      {lockId ? (
        <>
          <Typography.Text strong style={{ display: 'block', marginTop: 16 }}>
            {t('locks.adjustments')}
          </Typography.Text>
          {adjustments.error ? <ErrorAlert error={adjustments.error} /> : null}
          <div role="region" aria-label={t('locks.adjustments')} tabIndex={0} style={{ overflow: 'auto' }}>
            <Table<Adjustment>
              size="small"
              rowKey="id"
              loading={adjustments.isLoading}
              dataSource={adjustments.data?.items ?? []}
              locale={{ emptyText: t('locks.noAdjustments') }}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              style={{ minWidth: 760 }}
              columns={[
                { key: 'code', title: t('locks.code'), dataIndex: 'code', width: 190 },
                { key: 'procedure', title: t('locks.procedure'), dataIndex: 'procedureName' },
                { key: 'unit', title: t('locks.unit'), dataIndex: 'handlingUnitName', width: 180 },
                {
                  key: 'updatedAt',
                  title: t('locks.updatedAt'),
                  dataIndex: 'updatedAt',
                  width: 140,
                  render: (v: string) => formatMoment(v),
                },
                { key: 'locked', title: t('locks.before'), dataIndex: 'locked', width: 150, render: cls },
                { key: 'now', title: t('locks.after'), dataIndex: 'now', width: 150, render: cls },
              ]}
            />
          </div>
        </>
      ) : null}
    </Card>
  );
}
