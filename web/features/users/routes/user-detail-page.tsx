import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Popconfirm, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { paths } from '@web/config/paths';
import { ApiError } from '@web/lib/api';
import { useAuth } from '@web/lib/auth';
import { ErrorAlert } from '@web/components/error-alert';
import { PageHeader } from '@web/components/page-header';
import { useUser } from '../api/get-user';
import { useUpdateUser } from '../api/update-user';
import { EditUserModal } from '../components/edit-user-modal';
import { GrantsCard } from '../components/grants-card';
import { AppLink } from '@web/components/app-link';
import { ResetPasswordModal } from '../components/reset-password-modal';
import { StatusTag } from '../components/status-tag';
import { accountStatus, formatVnDateTime } from '../utils/format';
import { useToast } from '@web/lib/use-toast';

/** One account: profile with its actions (from `abilities`), roles, and a link to its audit trail. */
export function UserDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('users');
  const message = useToast();
  const { hasPermission } = useAuth();
  const user = useUser(id);
  const update = useUpdateUser(id);
  const [dialog, setDialog] = useState<'edit' | 'password' | null>(null);

  if (user.isLoading) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (user.error instanceof ApiError && user.error.status === 404) {
    return (
      <>
        <Result status="404" title="404" subTitle={t('detail.notFound')} extra={<AppLink to={paths.users}>{t('detail.back')}</AppLink>} />
      </>
    );
  }
  if (!user.data) return <ErrorAlert error={user.error} />;
  const u = user.data;
  const canUpdate = u.abilities.includes('user.update');
  const done = () => void message.success(t('detail.saved'));

  const actions = (
    <>
      {hasPermission('audit.read') ? (
        <AppLink
          to={`${paths.audit}?entityType=user&entityId=${encodeURIComponent(u.id)}`}
          data-testid="view-audit"
          style={{ alignSelf: 'center', paddingInline: 4 }}
        >
          {t('detail.viewAudit')}
        </AppLink>
      ) : null}
      {canUpdate ? (
        <>
          <Button onClick={() => setDialog('edit')} data-testid="edit-user">
            {t('detail.edit')}
          </Button>
          <Button onClick={() => setDialog('password')}>{t('detail.resetPassword')}</Button>
          {u.lockedUntil ? (
            <Popconfirm
              title={t('detail.unlockConfirm')}
              okText={t('detail.unlock')}
              cancelText={t('common:common.cancel')}
              onConfirm={() => update.mutate({ unlock: true }, { onSuccess: done })}
            >
              <Button data-testid="unlock-user">{t('detail.unlock')}</Button>
            </Popconfirm>
          ) : null}
          {u.isActive ? (
            <Popconfirm
              title={t('detail.deactivateConfirm')}
              okText={t('detail.deactivate')}
              cancelText={t('common:common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => update.mutate({ isActive: false }, { onSuccess: done })}
            >
              <Button danger data-testid="deactivate-user">
                {t('detail.deactivate')}
              </Button>
            </Popconfirm>
          ) : (
            <Popconfirm
              title={t('detail.activateConfirm')}
              okText={t('detail.activate')}
              cancelText={t('common:common.cancel')}
              onConfirm={() => update.mutate({ isActive: true }, { onSuccess: done })}
            >
              <Button data-testid="activate-user">{t('detail.activate')}</Button>
            </Popconfirm>
          )}
        </>
      ) : null}
    </>
  );

  return (
    <>
      <AppLink to={paths.users}>← {t('detail.back')}</AppLink>
      <div style={{ height: 8 }} />
      <PageHeader title={u.fullName} subtitle={u.username} extra={actions} />
      <ErrorAlert error={update.error} />
      <Flex vertical gap={16}>
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('detail.profile')}</h2>}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
            size="small"
            items={[
              { key: 'username', label: t('field.username'), children: u.username },
              { key: 'fullName', label: t('field.fullName'), children: u.fullName },
              { key: 'unit', label: t('field.unit'), children: u.unitName },
              { key: 'title', label: t('field.title'), children: u.title ?? '—' },
              { key: 'email', label: t('field.email'), children: u.email ?? '—' },
              { key: 'phone', label: t('field.phone'), children: u.phone ?? '—' },
              {
                key: 'status',
                label: t('col.status'),
                children: (
                  <span>
                    <StatusTag status={accountStatus(u)} />
                    {u.lockedUntil ? `${t('detail.lockedUntil')} ${formatVnDateTime(u.lockedUntil)}` : null}
                  </span>
                ),
              },
              { key: 'lastLogin', label: t('col.lastLogin'), children: u.lastLoginAt ? formatVnDateTime(u.lastLoginAt) : t('never') },
              { key: 'createdAt', label: t('detail.createdAt'), children: formatVnDateTime(u.createdAt) },
            ]}
          />
        </Card>
        <GrantsCard user={u} />
      </Flex>
      {dialog === 'edit' ? <EditUserModal user={u} onClose={() => setDialog(null)} /> : null}
      {dialog === 'password' ? <ResetPasswordModal userId={u.id} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
