import { Card, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '@web/components/error-alert';
import { paths } from '@web/config/paths';
import { useStatsReport } from '../api/stats';
import { formatDate, presetPeriod } from '../utils/period';
import { KpiCards } from './kpi-cards';
import { todayDayjs } from '@web/lib/today';

/** The overview's statistics panel: this quarter's headline figures for the caller's own unit, with a link to the full report. */
export function StatsGlance() {
  const { t } = useTranslation('dossierStats');
  // The report's default period and unit, so the link opens the same figures in full.
  const period = presetPeriod('quarter', todayDayjs());
  const report = useStatsReport({ from: period.from, to: period.to, groupBy: 'unit' });
  const data = report.data;
  return (
    <Card
      size="small"
      title={
        data
          ? t('glance.title', { unit: data.unit.name, from: formatDate(period.from), to: formatDate(period.to) })
          : t('glance.titlePending')
      }
      extra={<Link to={paths.dossierStats}>{t('glance.more')}</Link>}
      style={{ marginBottom: 16 }}
    >
      {report.error ? <ErrorAlert error={report.error} /> : data ? <KpiCards total={data.total} target={data.onTimeTarget} /> : <Spin />}
    </Card>
  );
}
