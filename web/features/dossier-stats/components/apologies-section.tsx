import { useMemo } from 'react';
import { Card, Col, Empty, Row, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApologyItem, ApologyReport } from '@contracts/dossier-stats-extra';
import { ErrorAlert } from '@web/components/error-alert';
import { formatNumber } from '@web/lib/format';
import { useApologies } from '../api/stats-extra';
import type { StatsFilter } from '../api/stats';
import { formatMoment } from '../utils/period';

type ReasonRow = ApologyReport['reasons'][number] & { key: string };

/** "Thư xin lỗi và hẹn lại (mẫu 04)": the letters of the period by unit and by reason, and the latest ones (issue #14 point 8). */
export function ApologiesSection({ filter }: { filter: StatsFilter }) {
  const { t, i18n } = useTranslation('dossierStats');
  const q = useApologies(filter);
  const n = useMemo(() => (v: number) => formatNumber(v, i18n.language), [i18n.language]);
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data) return <Spin style={{ display: 'block', marginTop: 24 }} />;
  const d = q.data;
  const reasonOf = (r: string | null) => r ?? t('apologies.noReason');
  const count = { align: 'right' as const, width: 100, render: (v: number) => n(v) };
  return (
    <Card size="small" title={t('apologies.title')} data-testid="apologies-section">
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Statistic title={t('apologies.total')} value={n(d.total)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('apologies.late')} value={n(d.late)} />
        </Col>
      </Row>
      {d.total === 0 ? (
        <Empty description={t('apologies.empty')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Typography.Text strong>{t('apologies.byReason')}</Typography.Text>
            <Table<ReasonRow>
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={d.reasons.map((r, i) => ({ ...r, key: String(i) }))}
              columns={[
                { key: 'reason', title: t('apologies.reason'), dataIndex: 'reason', render: (v: string | null) => reasonOf(v) },
                { key: 'count', title: t('apologies.count'), dataIndex: 'count', ...count },
              ]}
            />
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Text strong>{t('apologies.byUnit')}</Typography.Text>
            <Table
              size="small"
              rowKey="unitId"
              pagination={false}
              dataSource={d.rows}
              columns={[
                { key: 'label', title: t('apologies.unit'), dataIndex: 'label' },
                { key: 'count', title: t('apologies.count'), dataIndex: 'count', ...count },
                { key: 'late', title: t('apologies.late'), dataIndex: 'late', ...count },
              ]}
            />
          </Col>
          <Col span={24}>
            <Typography.Text strong>{t('apologies.latest')}</Typography.Text>
            <div role="region" aria-label={t('apologies.latest')} tabIndex={0} style={{ overflow: 'auto' }}>
              <Table<ApologyItem>
                size="small"
                rowKey={(r) => `${r.dossierId}-${r.at}`}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                dataSource={d.items}
                style={{ minWidth: 760 }}
                columns={[
                  { key: 'code', title: t('apologies.code'), dataIndex: 'code', width: 190 },
                  { key: 'unit', title: t('apologies.unit'), dataIndex: 'unitName', width: 200 },
                  { key: 'at', title: t('apologies.at'), dataIndex: 'at', width: 140, render: (v: string) => formatMoment(v) },
                  {
                    key: 'newDueAt',
                    title: t('apologies.newDueAt'),
                    dataIndex: 'newDueAt',
                    width: 140,
                    render: (v: string | null) => formatMoment(v),
                  },
                  {
                    key: 'reason',
                    title: t('apologies.reason'),
                    dataIndex: 'reason',
                    render: (v: string | null, r) => (
                      <>
                        {reasonOf(v)} {r.late ? <Tag color="error">{t('apologies.lateTag')}</Tag> : null}
                      </>
                    ),
                  },
                ]}
              />
            </div>
          </Col>
        </Row>
      )}
    </Card>
  );
}
