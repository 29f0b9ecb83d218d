import { Card, Col, Progress, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { meetsTarget } from '@core/targets';
import type { StatsCountsView, StatsReport } from '@contracts/dossier-stats';
import { localizeMessage } from '@web/lib/api';
import { formatNumber } from '@web/lib/format';

const NEUTRAL = '#1d39c4';

/** Headline figures: on-time rate vs the target in effect (kept as data with its source), to handle, finished, in progress. */
export function KpiCards({ total, target }: { total: StatsCountsView; target: StatsReport['onTimeTarget'] }) {
  const { t, i18n } = useTranslation('dossierStats');
  const n = (v: number) => formatNumber(v, i18n.language);
  // Vietnamese writes 3.674 and 94,47 (antd defaults to 3,674 and 94.47).
  const sep = i18n.language === 'en' ? {} : { groupSeparator: '.', decimalSeparator: ',' };
  const source = target ? localizeMessage(target.source, i18n.language) : '';
  const rate = total.onTimeRate;
  // No target in effect → no verdict: the rate is shown without a met / not-met tag.
  const met = meetsTarget(rate, target?.value);
  const color = met === null ? NEUTRAL : met ? '#237804' : '#cf1322';
  const hint = (s: string) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {s}
    </Typography.Text>
  );
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} sm={12} xl={6}>
        <Card size="small">
          <Statistic
            {...sep}
            title={t('kpi.onTimeRate')}
            value={rate === null ? t('kpi.none') : rate.toFixed(2)}
            suffix={rate === null ? undefined : '%'}
            styles={{ content: { color } }}
          />
          <Progress percent={rate ?? 0} showInfo={false} strokeColor={color} aria-label={t('kpi.onTimeRate')} />
          {met === null ? null : (
            <Tag
              style={
                met
                  ? { color: '#135200', background: '#f6ffed', borderColor: '#73d13d' }
                  : { color: '#a8071a', background: '#fff1f0', borderColor: '#ff7875' }
              }
            >
              {met ? t('kpi.met') : t('kpi.notMet')}
            </Tag>
          )}
          {target ? (
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12, display: 'block' }}
              ellipsis={{ tooltip: source }}
              data-testid="on-time-target"
            >
              {t('kpi.target', { target: n(target.value), source })}
            </Typography.Text>
          ) : (
            hint(t('kpi.noTarget'))
          )}
        </Card>
      </Col>
      <Col xs={12} sm={12} xl={6}>
        <Card size="small">
          <Statistic {...sep} title={t('kpi.toHandle')} value={total.toHandle} />
          {hint(t('kpi.toHandleHint', { received: n(total.received), carried: n(total.carriedOver) }))}
        </Card>
      </Col>
      <Col xs={12} sm={12} xl={6}>
        <Card size="small">
          <Statistic {...sep} title={t('kpi.finished')} value={total.finished} />
          {hint(t('kpi.finishedHint', { early: n(total.finishedEarly), onTime: n(total.finishedOnTime), late: n(total.finishedLate) }))}
        </Card>
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Card size="small">
          <Statistic {...sep} title={t('kpi.inProgress')} value={total.inProgress} />
          {hint(t('kpi.inProgressHint', { within: n(total.inProgressWithinTime), overdue: n(total.inProgressOverdue) }))}
        </Card>
      </Col>
    </Row>
  );
}
