import { Card, Col, Progress, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatsCountsView } from '@contracts/dossier-stats';

/** The on-time target shown against the rate (a demo setting: provinces fix theirs in the yearly reform plan). */
export const ON_TIME_TARGET = 95;

/** Headline figures: on-time rate vs target, dossiers to handle, finished, in progress, late. */
export function KpiCards({ total }: { total: StatsCountsView }) {
  const { t } = useTranslation('dossierStats');
  const rate = total.onTimeRate;
  const met = rate !== null && rate >= ON_TIME_TARGET;
  const hint = (s: string) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s}</Typography.Text>;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} sm={12} xl={6}>
        <Card size="small">
          <Statistic title={t('kpi.onTimeRate')} value={rate === null ? t('kpi.none') : rate.toFixed(2)} suffix={rate === null ? undefined : '%'} styles={{ content: { color: met ? '#237804' : '#cf1322' } }} />
          <Progress percent={rate ?? 0} showInfo={false} strokeColor={met ? '#389e0d' : '#cf1322'} aria-label={t('kpi.onTimeRate')} />
          <Tag color={met ? 'success' : 'error'}>{met ? t('kpi.met') : t('kpi.notMet')}</Tag> {hint(t('kpi.target', { target: ON_TIME_TARGET }))}
        </Card>
      </Col>
      <Col xs={12} sm={12} xl={6}>
        <Card size="small">
          <Statistic title={t('kpi.toHandle')} value={total.toHandle} />
          {hint(t('kpi.toHandleHint', { received: total.received, carried: total.carriedOver }))}
        </Card>
      </Col>
      <Col xs={12} sm={12} xl={6}>
        <Card size="small">
          <Statistic title={t('kpi.finished')} value={total.finished} />
          {hint(t('kpi.finishedHint', { early: total.finishedEarly, onTime: total.finishedOnTime, late: total.finishedLate }))}
        </Card>
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Card size="small">
          <Statistic title={t('kpi.inProgress')} value={total.inProgress} />
          {hint(t('kpi.inProgressHint', { within: total.inProgressWithinTime, overdue: total.inProgressOverdue }))}
        </Card>
      </Col>
    </Row>
  );
}
