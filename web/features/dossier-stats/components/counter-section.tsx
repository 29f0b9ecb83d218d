import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatsReport } from '@contracts/dossier-stats';
import { paths } from '@web/config/paths';
import { AppLink } from '@web/components/app-link';

/** "Hướng dẫn, từ chối tại quầy": counter outcomes of the period, a section apart from the timeliness figures. */
export function CounterSection({ report }: { report: StatsReport }) {
  const { t, i18n } = useTranslation('dossierStats');
  const c = report.counterOutcomes;
  if (!c) return null;
  const n = (v: number) => v.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN');
  return (
    <Card
      size="small"
      title={t('counterSection.title')}
      extra={<AppLink to={paths.counterLog}>{t('counterSection.log')}</AppLink>}
      style={{ marginTop: 16 }}
      data-testid="counter-section"
    >
      <Typography.Paragraph type="secondary">{t('counterSection.help')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic title={t('counterSection.guided')} value={n(c.guided)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('counterSection.refused')} value={n(c.refused)} />
        </Col>
      </Row>
    </Card>
  );
}
