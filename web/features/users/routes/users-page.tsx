import { useState } from 'react';
import { Button, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserView } from '@contracts/users';
import { paths } from '@web/config/paths';
import { useAuth } from '@web/lib/auth';
import { useListState } from '@web/lib/list-state';
import { AppLink } from '@web/components/app-link';
import { ErrorAlert } from '@web/components/error-alert';
import { ListTable } from '@web/components/list-page';
import { PageHeader } from '@web/components/page-header';
import { useUsers } from '../api/list-users';
import { CreateUserModal } from '../components/create-user-modal';
import { StatusTag } from '../components/status-tag';
import { UserFilters } from '../components/user-filters';
import { accountStatus, formatVnDateTime, roleLabel } from '../utils/format';
import { USER_LIST } from '../utils/user-list';

/** Columns of the account list; the username opens the account's page. */
function useUserColumns(): TableColumnsType<UserView> {
  const { t, i18n } = useTranslation('users');
  return [
    {
      key: 'username',
      title: t('col.username'),
      dataIndex: 'username',
      render: (_, u) => <AppLink to={paths.user(u.id)}>{u.username}</AppLink>,
    },
    { key: 'fullName', title: t('col.fullName'), dataIndex: 'fullName' },
    { key: 'unit', title: t('col.unit'), dataIndex: 'unitName', width: 200 },
    {
      key: 'roles',
      title: t('col.roles'),
      width: 260,
      render: (_, u) => (
        <Flex wrap gap={4}>
          {u.grants.map((g) => (
            <Tag key={g.id} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
              {roleLabel(g.role, i18n.language)} — {g.unitName}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('col.status'),
      render: (_, u) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <StatusTag status={accountStatus(u)} />
        </span>
      ),
    },
    {
      key: 'lastLogin',
      title: t('col.lastLogin'),
      render: (_, u) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {u.lastLoginAt ? formatVnDateTime(u.lastLoginAt) : <Typography.Text type="secondary">{t('never')}</Typography.Text>}
        </span>
      ),
    },
  ];
}

/** The account list: search, unit and role filters, paging; "add user" for holders of `user.create`. */
export function UsersPage() {
  const { t } = useTranslation('users');
  const { hasPermission } = useAuth();
  const list = useListState(USER_LIST);
  const [creating, setCreating] = useState(false);
  const users = useUsers({ ...list.filters, ...list.paging });
  const columns = useUserColumns();

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          hasPermission('user.create') ? (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="add-user">
              {t('list.add')}
            </Button>
          ) : null
        }
      />
      <UserFilters filters={list.filters} onChange={list.setFilters} />
      <ErrorAlert error={users.error} />
      <ListTable
        list={list}
        data={users.data}
        loading={users.isFetching}
        columns={columns}
        scroll={{ x: 'max-content' }}
        emptyText={t('list.empty')}
        totalText={(count) => t('list.total', { count })}
        data-testid="users-table"
      />
      {creating ? <CreateUserModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
