import { useMemo } from 'react';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatsReport } from '@contracts/dossier-stats';
import { ErrorAlert } from '@web/components/error-alert';
import { formatNumber } from '@web/lib/format';
import { useStatsReport766, type StatsFilter } from '../api/stats';
import { rateGap, rateRows, ratesOption } from '../utils/rule-chart';
import { EChart } from './echart';
import { RuleDifferencesTable } from './rule-differences-table';

const MAX_ROWS = 12;

/** Both on-time rates side by side (periodic report, Decision 766 indicator 2.1), the gap, a chart by row and the dossiers that differ. */
export function RuleComparison({ periodic, filter }: { periodic: StatsReport; filter: StatsFilter }) {
  const { t, i18n } = useTranslation('dossierStats');
  const q = useStatsReport766(filter);
  const fmt = useMemo(() => (n: number) => formatNumber(n, i18n.language, 2), [i18n.language]);
  const other = q.data;
  const rows = useMemo(() => (other ? rateRows(periodic, other, t('col.totalRow')).slice(0, MAX_ROWS + 1) : []), [periodic, other, t]);
  const option = useMemo(
    () => ratesOption(rows, { periodic: t('rules.periodic'), serviceIndex: t('rules.serviceIndex') }, fmt),
    [rows, t, fmt],
  );
  if (q.error) return <ErrorAlert error={q.error} />;
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? t('kpi.none') : `${fmt(v)} %`);
  const gap = other ? rateGap({ periodic: periodic.total.onTimeRate, serviceIndex: other.total.onTimeRate }) : null;
  const summary = rows
    .map((r) => t('rules.summaryRow', { label: r.label, periodic: pct(r.periodic), serviceIndex: pct(r.serviceIndex) }))
    .join('; ');
  return (
    <Card size="small" title={t('rules.title')} style={{ marginBottom: 16 }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Statistic title={t('rules.periodic')} value={pct(periodic.total.onTimeRate)} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {periodic.rules?.legalRef ?? ''}
          </Typography.Text>
        </Col>
        <Col xs={24} md={8}>
          <Statistic title={t('rules.serviceIndex')} value={pct(other?.total.onTimeRate)} loading={!other} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {other?.rules?.legalRef ?? ''}
          </Typography.Text>
        </Col>
        <Col xs={24} md={8}>
          <Statistic
            title={t('rules.gap')}
            value={gap === null ? t('kpi.none') : `${gap > 0 ? '+' : ''}${fmt(gap)}`}
            suffix={gap === null ? undefined : t('rules.points')}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('rules.gapHint')}
          </Typography.Text>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('rules.explain')}
      </Typography.Paragraph>
      {other ? <EChart option={option} summary={summary} height={Math.max(160, rows.length * 44 + 60)} /> : null}
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('rules.differences')}
      </Typography.Title>
      <RuleDifferencesTable filter={filter} />
    </Card>
  );
}
