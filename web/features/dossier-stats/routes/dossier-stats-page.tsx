import { useMemo, useState } from 'react';
import { Button, Card, DatePicker, Flex, Form, Segmented, Select, Spin, TreeSelect, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { StatsGroupBy } from '@contracts/dossier-stats';
import { ErrorAlert } from '@web/components/error-alert';
import { PageHeader } from '@web/components/page-header';
import { useAuth } from '@web/lib/auth';
import { unitTreeOf, type UnitTreeNode } from '@web/lib/unit-tree';
import { exportUrl, useStatsReport, useStatsSectors, useStatsTrend, useStatsUnits, type StatsFilter } from '../api/stats';
import { BreakdownTable } from '../components/breakdown-table';
import { KpiCards } from '../components/kpi-cards';
import { LateTable } from '../components/late-table';
import { StatsCharts } from '../components/stats-charts';
import { formatMoment, presetPeriod, vietnamToday, type Period, type PeriodKind } from '../utils/period';

/** The unit tree the caller can see (current units only), for the subtree picker. */
function useUnitTree(): { tree: UnitTreeNode[]; loading: boolean } {
  const units = useStatsUnits();
  const tree = useMemo(() => unitTreeOf((units.data?.items ?? []).filter((u) => u.status !== 'closed')), [units.data]);
  return { tree, loading: units.isLoading };
}

/** Statistics of one-stop dossiers for a period, a unit subtree and a sector, with charts and the Excel export. */
export function DossierStatsPage() {
  const { t } = useTranslation('dossierStats');
  const { hasPermission } = useAuth();
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [anchor, setAnchor] = useState<Dayjs>(vietnamToday());
  const [custom, setCustom] = useState<Period>(presetPeriod('month', vietnamToday()));
  const [unitId, setUnitId] = useState<string | undefined>();
  const [sector, setSector] = useState<string | undefined>();
  const [groupBy, setGroupBy] = useState<StatsGroupBy>('unit');
  const period = kind === 'custom' ? custom : presetPeriod(kind, anchor);
  const filter: StatsFilter = { unitId, from: period.from, to: period.to, sector, groupBy };
  const report = useStatsReport(filter);
  const trend = useStatsTrend(filter);
  const sectors = useStatsSectors();
  const { tree, loading: unitsLoading } = useUnitTree();
  const data = report.data;

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          hasPermission('report.export') ? (
            <Button type="primary" href={exportUrl({ ...filter, unitId: unitId ?? data?.unit.id })} download>
              {t('export')}
            </Button>
          ) : undefined
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div">
          <Flex wrap gap={16} align="end">
            <Form.Item label={t('filter.kind')} htmlFor="stats-kind" style={{ marginBottom: 0 }}>
              <Segmented<PeriodKind>
                id="stats-kind"
                value={kind}
                onChange={setKind}
                options={(['month', 'quarter', 'year', 'custom'] as const).map((k) => ({ value: k, label: t(`filter.${k}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('filter.period')} htmlFor="stats-period" style={{ marginBottom: 0 }}>
              {kind === 'custom' ? (
                <DatePicker.RangePicker
                  id={{ start: 'stats-period' }}
                  format="DD/MM/YYYY"
                  allowClear={false}
                  value={[dayjs(custom.from), dayjs(custom.to)]}
                  onChange={(v) => v?.[0] && v[1] && setCustom({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
                  aria-label={t('filter.range')}
                />
              ) : (
                <DatePicker
                  id="stats-period"
                  picker={kind}
                  allowClear={false}
                  value={anchor}
                  format={kind === 'month' ? 'MM/YYYY' : kind === 'quarter' ? '[Q]Q/YYYY' : 'YYYY'}
                  onChange={(v) => v && setAnchor(v)}
                />
              )}
            </Form.Item>
            <Form.Item label={t('filter.unit')} htmlFor="stats-unit" style={{ marginBottom: 0, minWidth: 260, flex: '1 1 260px' }}>
              <TreeSelect
                id="stats-unit"
                showSearch={{ treeNodeFilterProp: 'title' }}
                treeData={tree}
                loading={unitsLoading}
                value={unitId ?? data?.unit.id}
                onChange={(v: string) => setUnitId(v)}
                treeDefaultExpandedKeys={data ? [data.unit.id] : []}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item label={t('filter.sector')} htmlFor="stats-sector" style={{ marginBottom: 0, minWidth: 200, flex: '1 1 200px' }}>
              <Select
                id="stats-sector"
                allowClear
                placeholder={t('filter.allSectors')}
                value={sector}
                onChange={(v?: string) => setSector(v)}
                options={(sectors.data?.items ?? []).map((s) => ({ value: s, label: s }))}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item label={t('filter.groupBy')} htmlFor="stats-group" style={{ marginBottom: 0 }}>
              <Segmented<StatsGroupBy>
                id="stats-group"
                value={groupBy}
                onChange={setGroupBy}
                options={[
                  { value: 'unit', label: t('filter.byUnit') },
                  { value: 'sector', label: t('filter.bySector') },
                ]}
              />
            </Form.Item>
          </Flex>
        </Form>
      </Card>
      {report.error ? <ErrorAlert error={report.error} /> : null}
      {!data ? (
        // A refused or failed report shows only its error, not a spinner that never ends.
        report.error ? null : (
          <Spin style={{ display: 'block', marginTop: 40 }} />
        )
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('asOf', { moment: formatMoment(data.asOf) })} {t('ended', { count: data.endedWithoutResult })}
          </Typography.Paragraph>
          <KpiCards total={data.total} target={data.onTimeTarget} />
          <StatsCharts report={data} trend={trend.data} />
          <Card
            size="small"
            title={`${data.unit.name}: ${period.from.split('-').reverse().join('/')} – ${period.to.split('-').reverse().join('/')}`}
            style={{ marginBottom: 16 }}
          >
            <BreakdownTable report={data} />
          </Card>
          <Card size="small" title={t('lateList.title')}>
            <LateTable
              key={JSON.stringify({ ...filter, groupBy: undefined, unitId: unitId ?? data.unit.id })}
              filter={{ ...filter, unitId: unitId ?? data.unit.id }}
            />
          </Card>
        </>
      )}
    </>
  );
}
