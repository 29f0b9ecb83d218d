import { useMemo } from 'react';
import { Card, Col, Row, Spin, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OnlineServiceReport } from '@contracts/dossier-stats-extra';
import { ErrorAlert } from '@web/components/error-alert';
import { formatNumber } from '@web/lib/format';
import { useOnlineServices } from '../api/stats-extra';
import type { StatsFilter } from '../api/stats';
import { sharesOption } from '../utils/extra-chart';
import { EChart } from './echart';

type Share =
  'onlineShare' | 'fullyOnlineShare' | 'fullLevelOnlineShare' | 'onlinePaymentShare' | 'electronicResultShare' | 'digitisedShare';

// Each card: its share and the counts it is made of (the hint's part and whole).
function hints(d: OnlineServiceReport, n: (v: number) => string): Array<{ key: Share; hint: string; values: Record<string, string> }> {
  return [
    { key: 'onlineShare', hint: 'online.onlineShareHint', values: { part: n(d.receivedOnline), whole: n(d.received) } },
    { key: 'fullyOnlineShare', hint: 'online.fullyOnlineHint', values: { part: n(d.fullyOnline) } },
    {
      key: 'fullLevelOnlineShare',
      hint: 'online.onlineShareHint',
      values: { part: n(d.receivedOnlineFullLevel), whole: n(d.receivedFullLevel) },
    },
    {
      key: 'onlinePaymentShare',
      hint: 'online.onlinePaymentHint',
      values: { part: n(d.paymentsOnline), whole: n(d.paymentsOnline + d.paymentsCounter), unrecorded: n(d.paymentsUnrecorded) },
    },
    { key: 'electronicResultShare', hint: 'online.electronicResultHint', values: { part: n(d.returnedElectronic), whole: n(d.returned) } },
    { key: 'digitisedShare', hint: 'online.digitisedHint', values: { part: n(d.digitisedAtCounter), whole: n(d.receivedAtCounter) } },
  ];
}

/** "Dịch vụ công trực tuyến và số hóa": shares the stored data gives, as cards and a chart (issue #14 point 8). */
export function OnlineSection({ filter }: { filter: StatsFilter }) {
  const { t, i18n } = useTranslation('dossierStats');
  const q = useOnlineServices(filter);
  const n = useMemo(() => (v: number) => formatNumber(v, i18n.language), [i18n.language]);
  const pct = useMemo(() => (v: number) => formatNumber(v, i18n.language, 2), [i18n.language]);
  const cards = useMemo(() => (q.data ? hints(q.data, n) : []), [q.data, n]);
  const option = useMemo(
    () => sharesOption(q.data ? cards.map((c) => ({ label: t(`online.${c.key}`), value: q.data[c.key] })) : [], pct),
    [cards, q.data, t, pct],
  );
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data) return <Spin style={{ display: 'block', marginTop: 24 }} />;
  const d = q.data;
  const show = (v: number | null) => (v === null ? t('online.none') : `${pct(v)} %`);
  const summary = cards.map((c) => `${t(`online.${c.key}`)}: ${show(d[c.key])}`).join('; ');
  return (
    <Card size="small" title={t('online.title')} data-testid="online-section">
      <Typography.Paragraph type="secondary">{t('online.help')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {cards.map((c) => (
          <Col xs={24} sm={12} lg={8} key={c.key}>
            <Card size="small">
              <Statistic title={t(`online.${c.key}`)} value={show(d[c.key])} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(c.hint, c.values)}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Text strong style={{ display: 'block', marginTop: 16 }}>
        {t('online.chart')}
      </Typography.Text>
      <EChart option={option} summary={summary} height={260} />
    </Card>
  );
}
