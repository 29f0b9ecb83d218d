import { Button, Card, Grid, Segmented, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsReport, Trend } from '@contracts/dossier-stats';
import { ErrorAlert } from '@web/components/error-alert';
import { PageHeader } from '@web/components/page-header';
import { useAuth } from '@web/lib/auth';
import { exportUrl, useStatsReport, useStatsTrend, type StatsFilter } from '../api/stats';
import { BreakdownTable } from '../components/breakdown-table';
import { ApologiesSection } from '../components/apologies-section';
import { CounterSection } from '../components/counter-section';
import { KpiCards } from '../components/kpi-cards';
import { LateTable } from '../components/late-table';
import { LocksSection } from '../components/locks-section';
import { OnlineSection } from '../components/online-section';
import { ReceivingPointsSection } from '../components/receiving-points-section';
import { RuleComparison } from '../components/rule-comparison';
import { StatsCharts } from '../components/stats-charts';
import { StatsFilterBar } from '../components/stats-filter-bar';
import { useStatsFilter } from '../hooks/use-stats-filter';
import { formatDate, formatMoment, type Period } from '../utils/period';

/** The report itself: when it was counted, the KPI cards, the charts, the breakdown by row and the late dossiers. */
function StatsReportView({
  data,
  trend,
  filter,
  period,
}: {
  data: StatsReport;
  trend: Trend | undefined;
  filter: StatsFilter;
  period: Period;
}) {
  const { t } = useTranslation('dossierStats');
  const unitId = filter.unitId ?? data.unit.id;
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('asOf', { moment: formatMoment(data.asOf) })} {t('ended', { count: data.endedWithoutResult })}
      </Typography.Paragraph>
      <KpiCards total={data.total} target={data.onTimeTarget} />
      <StatsCharts report={data} trend={trend} />
      <RuleComparison periodic={data} filter={filter} />
      <Card size="small" title={`${data.unit.name}: ${formatDate(period.from)} – ${formatDate(period.to)}`} style={{ marginBottom: 16 }}>
        <BreakdownTable report={data} />
      </Card>
      <Card size="small" title={t('lateList.title')}>
        <LateTable key={JSON.stringify({ ...filter, groupBy: undefined, unitId })} filter={{ ...filter, unitId }} />
      </Card>
      <CounterSection report={data} />
    </>
  );
}

type Section = 'periodic' | 'receiving' | 'online' | 'apologies' | 'locks';

/** The report and the other views of the same filter; only the chosen one is rendered, so each is asked for when looked at. */
function StatsSections({
  data,
  trend,
  filter,
  period,
}: {
  data: StatsReport;
  trend: Trend | undefined;
  filter: StatsFilter;
  period: Period;
}) {
  const { t } = useTranslation('dossierStats');
  const { hasPermission } = useAuth();
  const [section, setSection] = useState<Section>('periodic');
  // On a phone the five sections do not fit in a row: they stack, each readable, instead of scrolling out of sight.
  const narrow = !Grid.useBreakpoint().md;
  const sections: Section[] = ['periodic', 'receiving', 'online', 'apologies', ...(hasPermission('report.lock') ? ['locks' as const] : [])];
  return (
    <>
      <Segmented<Section>
        aria-label={t('tabs.label')}
        value={section}
        onChange={setSection}
        options={sections.map((k) => ({ value: k, label: t(`tabs.${k}`) }))}
        vertical={narrow}
        block={narrow}
        style={{ marginBottom: 16, maxWidth: '100%', overflowX: 'auto' }}
      />
      {section === 'periodic' ? <StatsReportView data={data} trend={trend} filter={filter} period={period} /> : null}
      {section === 'receiving' ? <ReceivingPointsSection filter={filter} /> : null}
      {section === 'online' ? <OnlineSection filter={filter} /> : null}
      {section === 'apologies' ? <ApologiesSection filter={filter} /> : null}
      {section === 'locks' ? <LocksSection unit={{ id: data.unit.id, name: data.unit.name }} /> : null}
    </>
  );
}

/** Statistics of one-stop dossiers for a period, a unit subtree and a sector, with charts and the Excel export. */
export function DossierStatsPage() {
  const { t } = useTranslation('dossierStats');
  const { hasPermission } = useAuth();
  const s = useStatsFilter();
  const report = useStatsReport(s.filter);
  const trend = useStatsTrend(s.filter);
  const data = report.data;

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          hasPermission('report.export') ? (
            <Button type="primary" href={exportUrl({ ...s.filter, unitId: s.filter.unitId ?? data?.unit.id })} download>
              {t('export')}
            </Button>
          ) : undefined
        }
      />
      <StatsFilterBar s={s} reportUnitId={data?.unit.id} />
      {report.error ? <ErrorAlert error={report.error} /> : null}
      {data ? <StatsSections data={data} trend={trend.data} filter={s.filter} period={s.period} /> : null}
      {/* A refused or failed report shows only its error, not a spinner that never ends. */}
      {!data && !report.error ? <Spin style={{ display: 'block', marginTop: 40 }} /> : null}
    </>
  );
}
