import { useState } from 'react';
import { Button, Card, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserGrant, UserView } from '@contracts/users';
import { ErrorAlert } from '@web/components/error-alert';
import { useRevokeGrant } from '../api/revoke-grant';
import { formatVnDate, roleLabel } from '../utils/format';
import { GrantRoleModal } from './grant-role-modal';
import { useToast } from '@web/lib/use-toast';

/** The roles an account holds; "grant" from the account's abilities, "revoke" from each grant's `canRevoke`. */
export function GrantsCard({ user }: { user: UserView }) {
  const { t, i18n } = useTranslation('users');
  const message = useToast();
  const [granting, setGranting] = useState(false);
  const revoke = useRevokeGrant(user.id);
  const canGrant = user.abilities.includes('user.manageRoles');

  const columns: TableColumnsType<UserGrant> = [
    { key: 'role', title: t('field.role'), render: (_, g) => roleLabel(g.role, i18n.language) },
    { key: 'unit', title: t('field.unit'), dataIndex: 'unitName' },
    { key: 'since', title: t('grants.since'), render: (_, g) => formatVnDate(g.createdAt) },
    {
      key: 'actions',
      title: t('common:common.actions'),
      render: (_, g) =>
        g.canRevoke ? (
          <Popconfirm
            title={t('grants.revokeConfirm', { role: roleLabel(g.role, i18n.language), unit: g.unitName })}
            okText={t('grants.revoke')}
            cancelText={t('common:common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => revoke.mutate(g.id, { onSuccess: () => void message.success(t('grants.revoked')) })}
          >
            <Button danger size="small" data-testid={`revoke-${g.id}`}>
              {t('grants.revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('grants.title')}</h2>}
      extra={
        canGrant ? (
          <Button type="primary" onClick={() => setGranting(true)} data-testid="grant-role-open">
            {t('grants.add')}
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={revoke.error} />
      <Table<UserGrant>
        rowKey="id"
        size="small"
        columns={user.grants.some((g) => g.canRevoke) ? columns : columns.filter((c) => c.key !== 'actions')}
        dataSource={user.grants}
        pagination={false}
        locale={{ emptyText: <Typography.Text type="secondary">{t('grants.none')}</Typography.Text> }}
        data-testid="grants-table"
      />
      {granting ? <GrantRoleModal user={user} onClose={() => setGranting(false)} /> : null}
    </Card>
  );
}
