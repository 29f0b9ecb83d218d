import { Card, Col, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '@web/lib/auth';
import { paths } from '@web/config/paths';

const MODULES = [
  { key: 'dossiers', path: paths.dossiers },
  { key: 'surveys', path: paths.surveys },
  { key: 'parIndex', path: paths.parIndex },
  { key: 'plan', path: paths.plan },
  { key: 'reports', path: paths.reports },
] as const;

/** Overview: who you are, your roles and the modules. */
export function HomePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 28 }}>{t('home.welcome', { name: me?.user.fullName ?? '' })}</Typography.Title>
      <Typography.Paragraph>{t('home.intro')}</Typography.Paragraph>
      <Typography.Title level={4}>{t('home.yourRoles')}</Typography.Title>
      <div style={{ marginBottom: 24 }}>
        {me?.grants.map((g) => (
          <Tag key={g.id} color="red" style={{ marginBottom: 4 }}>
            {t(`roles.${g.role}`)} — {g.unitName}
          </Tag>
        ))}
      </div>
      <Typography.Title level={4}>{t('home.modules')}</Typography.Title>
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
