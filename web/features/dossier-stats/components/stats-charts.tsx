import { useMemo } from 'react';
import { Card, Col, Collapse, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatsReport, Trend, TrendPoint } from '@contracts/dossier-stats';
import { formatMonth, formatNumber } from '@web/lib/format';
import { TOP_ROWS, barsOption, channelsOption, topRows, trendOption } from '../utils/chart-options';
import { EChart } from './echart';

/** The trend's figures as a table, folded away under the chart. */
function TrendTable({ points }: { points: TrendPoint[] }) {
  const { t, i18n } = useTranslation('dossierStats');
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <Collapse
      ghost
      size="small"
      items={[
        {
          key: 'table',
          label: t('charts.showTable'),
          children: (
            <Table
              size="small"
              rowKey="month"
              pagination={false}
              scroll={{ x: true }}
              dataSource={points}
              columns={[
                { title: t('charts.month'), dataIndex: 'month', render: formatMonth },
                { title: t('charts.received'), dataIndex: 'received', align: 'right', render: n },
                { title: t('col.early'), dataIndex: 'finishedEarly', align: 'right', render: n },
                { title: t('col.onTime'), dataIndex: 'finishedOnTime', align: 'right', render: n },
                { title: t('col.late'), dataIndex: 'finishedLate', align: 'right', render: n },
                {
                  title: t('charts.notLateRate'),
                  dataIndex: 'finishedNotLateRate',
                  align: 'right',
                  render: (v: number | null) => (v === null ? '—' : formatNumber(v, i18n.language, 2)),
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}

/** Stacked bars by row (early / on time / late), channel donut and monthly trend, each with a text alternative. */
export function StatsCharts({ report, trend }: { report: StatsReport; trend: Trend | undefined }) {
  const { t, i18n } = useTranslation('dossierStats');
  const fmt = useMemo(() => (n: number) => formatNumber(n, i18n.language), [i18n.language]);
  const rows = topRows(report.rows);
  const c = report.total;
  const points = trend?.points ?? [];
  const bars = useMemo(() => barsOption(rows, (k) => t(`col.${k}`), fmt), [rows, t, fmt]);
  const donut = useMemo(
    () => channelsOption(c, { online: t('col.online'), inPerson: t('charts.inPersonOnly'), postal: t('charts.postal') }, fmt),
    [c, t, fmt],
  );
  const line = useMemo(
    () => trendOption(points, { received: t('charts.received'), late: t('col.late'), notLateRate: t('charts.notLateRate') }, fmt),
    [points, t, fmt],
  );
  const barSummary = t('charts.summaryBars', {
    items: rows
      .map((r) =>
        t('charts.summaryBar', { label: r.label, early: fmt(r.finishedEarly), onTime: fmt(r.finishedOnTime), late: fmt(r.finishedLate) }),
      )
      .join('; '),
  });
  const trendSummary = t('charts.summaryTrend', {
    items: points
      .map((p) => t('charts.summaryPoint', { month: formatMonth(p.month), received: fmt(p.received), late: fmt(p.finishedLate) }))
      .join('; '),
  });
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} xl={14}>
        <Card title={t(report.groupBy === 'sector' ? 'charts.bySector' : 'charts.byUnit')} size="small">
          {rows.length ? (
            <EChart option={bars} summary={barSummary} height={Math.max(220, rows.length * 28 + 60)} />
          ) : (
            <Typography.Text type="secondary">{t('charts.empty')}</Typography.Text>
          )}
          {report.rows.filter((r) => r.toHandle > 0).length > TOP_ROWS ? (
            <Typography.Text type="secondary">{t('charts.topNote', { count: TOP_ROWS })}</Typography.Text>
          ) : null}
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('charts.channels')} size="small">
          <EChart
            option={donut}
            summary={t('charts.summaryChannels', {
              online: fmt(c.receivedOnline),
              inPerson: fmt(c.receivedInPerson),
              postal: fmt(c.receivedPostal),
            })}
            height={260}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card title={t('charts.trend')} size="small">
          <EChart option={line} summary={trendSummary} height={260} />
          <TrendTable points={points} />
        </Card>
      </Col>
    </Row>
  );
}
