import { useEffect, useState } from 'react';
import { Button, Flex, Input, Select, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ROLES, isRole, type Role } from '@core/access/roles';
import type { UserView } from '@contracts/users';
import { paths } from '@web/config/paths';
import { useAuth } from '@web/lib/auth';
import { ErrorAlert } from '@web/components/error-alert';
import { PageHeader } from '@web/components/page-header';
import { useUsers } from '../api/list-users';
import { CreateUserModal } from '../components/create-user-modal';
import { AppLink } from '@web/components/app-link';
import { StatusTag } from '../components/status-tag';
import { UnitTreeSelect } from '../components/unit-tree-select';
import { accountStatus, formatVnDateTime, roleLabel } from '../utils/format';

const PAGE_SIZES = [20, 50, 100];

function useListParams() {
  const [sp, setSp] = useSearchParams();
  const role = sp.get('role') ?? '';
  const size = Number(sp.get('size'));
  const page = Number(sp.get('page'));
  const params = {
    q: sp.get('q') ?? '',
    unitId: sp.get('unitId') ?? undefined,
    includeSubunits: sp.get('sub') !== 'false',
    role: isRole(role) ? role : undefined,
    includeInactive: sp.get('inactive') === 'true',
    size: PAGE_SIZES.includes(size) ? size : 20,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
  const update = (changes: Record<string, string | undefined>, keepPage = false) => {
    const next = new URLSearchParams(sp);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!keepPage) next.delete('page');
    setSp(next, { replace: true });
  };
  return { params, update };
}

/** The account list: search, unit and role filters, paging; "add user" for holders of `user.create`. */
export function UsersPage() {
  const { t, i18n } = useTranslation('users');
  const { hasPermission } = useAuth();
  const { params, update } = useListParams();
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState(params.q);
  useEffect(() => setSearch(params.q), [params.q]);
  const users = useUsers({
    q: params.q || undefined,
    unitId: params.unitId,
    includeSubunits: params.includeSubunits,
    role: params.role,
    includeInactive: params.includeInactive,
    limit: params.size,
    offset: (params.page - 1) * params.size,
  });

  const columns: TableColumnsType<UserView> = [
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
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <Input.Search
          aria-label={t('list.search')}
          placeholder={t('list.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => update({ q: v.trim() || undefined })}
          style={{ width: 280, maxWidth: '100%' }}
          data-testid="users-search"
        />
        <div style={{ width: 280, maxWidth: '100%' }}>
          <UnitTreeSelect
            aria-label={t('list.unit')}
            placeholder={t('list.allUnits')}
            allowClear
            value={params.unitId}
            onChange={(v) => update({ unitId: v ?? undefined })}
          />
        </div>
        {params.unitId ? (
          <Flex align="center" gap={6}>
            <Switch
              id="users-subunits"
              size="small"
              checked={params.includeSubunits}
              onChange={(v) => update({ sub: v ? undefined : 'false' })}
            />
            <label htmlFor="users-subunits">{t('list.includeSubunits')}</label>
          </Flex>
        ) : null}
        <Select<Role>
          aria-label={t('list.role')}
          placeholder={t('list.allRoles')}
          allowClear
          value={params.role}
          onChange={(v) => update({ role: v ?? undefined })}
          options={ROLES.map((r) => ({ value: r, label: roleLabel(r, i18n.language) }))}
          style={{ width: 240, maxWidth: '100%' }}
          popupMatchSelectWidth={false}
        />
        <Flex align="center" gap={6}>
          <Switch
            id="users-inactive"
            size="small"
            checked={params.includeInactive}
            onChange={(v) => update({ inactive: v ? 'true' : undefined })}
          />
          <label htmlFor="users-inactive">{t('list.includeInactive')}</label>
        </Flex>
      </Flex>
      <ErrorAlert error={users.error} />
      <Table<UserView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={users.data?.items ?? []}
        loading={users.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('list.empty')}</Typography.Text> }}
        data-testid="users-table"
        pagination={{
          current: params.page,
          pageSize: params.size,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => t('list.total', { count: total }),
          onChange: (page, size) =>
            update({ page: page > 1 ? String(page) : undefined, size: size !== 20 ? String(size) : undefined }, size === params.size),
        }}
      />
      {creating ? <CreateUserModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
