import { Button, Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '@web/components/error-alert';
import { paths } from '@web/config/paths';
import { useAuth } from '@web/lib/auth';
import { useDossiers } from '../api/dossiers';

type Tile = { key: string; to: string; total: number | undefined; color?: string };

/** The overview's one-stop panel: the worklist of the caller's units (the server's one definition, `waiting=true`) and
 * its parts — to accept, overdue, due soon, to return, the caller's own — each a link to that view of the inbox. */
export function InboxGlance() {
  const { t, i18n } = useTranslation('dossiers');
  const { hasPermission } = useAuth();
  const navigate = useNavigate();
  const handles = hasPermission('dossier.process');
  // One row per count is enough: the list answers its total with the page.
  const one = { waiting: true, limit: 1, offset: 0 } as const;
  const open = useDossiers(one);
  const toAccept = useDossiers({ ...one, status: 'submitted' });
  const overdue = useDossiers({ ...one, due: 'overdue' });
  const soon = useDossiers({ ...one, due: 'soon' });
  const toReturn = useDossiers({ ...one, status: 'done' });
  const mine = useDossiers({ ...one, mine: true }, { enabled: handles });
  const tiles: Tile[] = [
    { key: 'open', to: paths.dossiers, total: open.data?.total },
    { key: 'toAccept', to: `${paths.dossiers}?status=submitted`, total: toAccept.data?.total, color: '#0958d9' },
    { key: 'overdue', to: `${paths.dossiers}?due=overdue`, total: overdue.data?.total, color: '#cf1322' },
    { key: 'dueSoon', to: `${paths.dossiers}?due=soon`, total: soon.data?.total, color: '#ad4e00' },
    { key: 'toReturn', to: `${paths.dossiers}?status=done`, total: toReturn.data?.total, color: '#389e0d' },
    ...(handles ? [{ key: 'mine', to: `${paths.dossiers}?mine=true`, total: mine.data?.total }] : []),
  ];
  const error = open.error ?? toAccept.error ?? overdue.error ?? soon.error ?? toReturn.error ?? mine.error;
  const groupSeparator = i18n.language === 'en' ? ',' : '.';
  return (
    <Card
      size="small"
      title={t('glance.title')}
      extra={
        hasPermission('dossier.create') ? (
          <Button type="primary" size="small" onClick={() => void navigate(paths.dossierIntake)}>
            {t('inbox.intake')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    >
      {error ? <ErrorAlert error={error} /> : null}
      <Row gutter={[16, 16]}>
        {tiles.map((tile) => (
          <Col key={tile.key} xs={12} md={8} xl={4}>
            <Link to={tile.to} data-testid={`glance-${tile.key}`}>
              <Card size="small" hoverable>
                <Statistic
                  title={t(`glance.${tile.key}`)}
                  value={tile.total ?? '…'}
                  groupSeparator={groupSeparator}
                  styles={{ content: tile.color && tile.total ? { color: tile.color } : {} }}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
        {t('glance.hint')}
      </Typography.Paragraph>
    </Card>
  );
}
