import { Suspense } from 'react';
import { Card, Col, Row, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '@web/lib/auth';
import { paths } from '@web/config/paths';
import { FEATURES } from '../features';

// Features' overview panels in their order (web/app is where features meet).
const PANELS = FEATURES.flatMap((f) => f.panels ?? []).sort((a, b) => (a.order ?? 100) - (b.order ?? 100));

const MODULES = [
  { key: 'dossiers', path: paths.dossiers },
  { key: 'surveys', path: paths.surveys },
  { key: 'parIndex', path: paths.parIndex },
  { key: 'plan', path: paths.plan },
  { key: 'reports', path: paths.reports },
] as const;

/** Overview: who you are, your roles, the live panels of the features you may see, and the modules. */
export function HomePage() {
  const { t } = useTranslation();
  const { me, hasPermission } = useAuth();
  const panels = PANELS.filter((p) => !p.permission || hasPermission(p.permission));
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 28 }}>
        {t('home.welcome', { name: me?.user.fullName ?? '' })}
      </Typography.Title>
      <Typography.Paragraph>{t('home.intro')}</Typography.Paragraph>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('home.yourRoles')}
      </Typography.Title>
      <div style={{ marginBottom: 24 }}>
        {me?.grants.map((g) => (
          <Tag key={g.id} color="red" style={{ marginBottom: 4 }}>
            {t(`roles.${g.role}`)} — {g.unitName}
          </Tag>
        ))}
      </div>
      {panels.length ? (
        <section aria-label={t('home.now')}>
          <Typography.Title level={2} style={{ fontSize: 20 }}>
            {t('home.now')}
          </Typography.Title>
          {panels.map((p) => (
            <Suspense key={p.key} fallback={<Spin />}>
              <p.component />
            </Suspense>
          ))}
        </section>
      ) : null}
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('home.modules')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {MODULES.map((m) => (
          <Col key={m.key} xs={24} md={12} xl={8}>
            <Link to={m.path}>
              <Card title={t(`nav.${m.key}`)} hoverable style={{ height: '100%' }}>
                {t(`modules.${m.key}`)}
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
