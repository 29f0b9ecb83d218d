import { useMemo } from 'react';
import { Card, Col, Collapse, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatsReport, Trend } from '@contracts/dossier-stats';
import { EChart } from './echart';

// Colours with enough contrast on white, distinguishable without colour (legend and table carry the names).
const TOP = 12;
const C = {
  early: '#237804',
  onTime: '#1677ff',
  late: '#cf1322',
  online: '#531dab',
  inPerson: '#d46b08',
  postal: '#08979c',
  line: '#595959',
};

/** Stacked bars by row (early / on time / late), channel donut and monthly trend, each with a text alternative. */
export function StatsCharts({ report, trend }: { report: StatsReport; trend: Trend | undefined }) {
  const { t } = useTranslation('dossierStats');
  // The bars show the rows with most dossiers; every row is in the table below.
  const rows = report.rows
    .filter((r) => r.toHandle > 0)
    .sort((a, b) => b.toHandle - a.toHandle)
    .slice(0, TOP);
  const bars = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { width: 160, overflow: 'truncate' } },
      series: (
        [
          ['early', 'finishedEarly'],
          ['onTime', 'finishedOnTime'],
          ['late', 'finishedLate'],
        ] as const
      ).map(([k, f]) => ({ name: t(`col.${k}`), type: 'bar', stack: 'done', itemStyle: { color: C[k] }, data: rows.map((r) => r[f]) })),
    }),
    [rows, t],
  );
  const c = report.total;
  const donut = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['45%', '70%'],
          label: { formatter: '{d}%' },
          data: [
            { name: t('col.online'), value: c.receivedOnline, itemStyle: { color: C.online } },
            { name: t('charts.inPersonOnly'), value: c.receivedInPerson, itemStyle: { color: C.inPerson } },
            { name: t('charts.postal'), value: c.receivedPostal, itemStyle: { color: C.postal } },
          ],
        },
      ],
    }),
    [c, t],
  );
  const points = trend?.points ?? [];
  const line = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: points.map((p) => p.month) },
      yAxis: [{ type: 'value' }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
      series: [
        { name: t('charts.received'), type: 'bar', itemStyle: { color: C.onTime }, data: points.map((p) => p.received) },
        { name: t('col.late'), type: 'bar', itemStyle: { color: C.late }, data: points.map((p) => p.finishedLate) },
        {
          name: t('charts.notLateRate'),
          type: 'line',
          yAxisIndex: 1,
          itemStyle: { color: C.line },
          data: points.map((p) => p.finishedNotLateRate),
        },
      ],
    }),
    [points, t],
  );
  const barSummary = t('charts.summaryBars', {
    items: rows
      .map((r) => t('charts.summaryBar', { label: r.label, early: r.finishedEarly, onTime: r.finishedOnTime, late: r.finishedLate }))
      .join('; '),
  });
  const trendSummary = t('charts.summaryTrend', {
    items: points.map((p) => t('charts.summaryPoint', { month: p.month, received: p.received, late: p.finishedLate })).join('; '),
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
          {report.rows.filter((r) => r.toHandle > 0).length > TOP ? (
            <Typography.Text type="secondary">{t('charts.topNote', { count: TOP })}</Typography.Text>
          ) : null}
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('charts.channels')} size="small">
          <EChart
            option={donut}
            summary={t('charts.summaryChannels', { online: c.receivedOnline, inPerson: c.receivedInPerson, postal: c.receivedPostal })}
            height={260}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card title={t('charts.trend')} size="small">
          <EChart option={line} summary={trendSummary} height={260} />
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
                      { title: t('charts.month'), dataIndex: 'month' },
                      { title: t('charts.received'), dataIndex: 'received', align: 'right' },
                      { title: t('col.early'), dataIndex: 'finishedEarly', align: 'right' },
                      { title: t('col.onTime'), dataIndex: 'finishedOnTime', align: 'right' },
                      { title: t('col.late'), dataIndex: 'finishedLate', align: 'right' },
                      {
                        title: t('charts.notLateRate'),
                        dataIndex: 'finishedNotLateRate',
                        align: 'right',
                        render: (v: number | null) => (v === null ? '—' : v.toFixed(2)),
                      },
                    ]}
                  />
                ),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
