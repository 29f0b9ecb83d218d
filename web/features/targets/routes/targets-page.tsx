import { useState } from 'react';
import { Alert, Button, Card, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TARGET_KEYS, type TargetKey } from '@core/targets';
import type { TargetView } from '@contracts/targets';
import { ErrorAlert } from '@web/components/error-alert';
import { PageHeader } from '@web/components/page-header';
import { useAuth } from '@web/lib/auth';
import { useTargets } from '../api/targets';
import { TargetFormModal } from '../components/target-form-modal';
import { TargetsTable } from '../components/targets-table';
import { keyLabel } from '../utils';

/** The targets page: every version with its period and source; the secretariat and administrators add, edit, close and delete versions. */
export function TargetsPage() {
  const { t } = useTranslation('targets');
  const { hasPermission } = useAuth();
  const [key, setKey] = useState<TargetKey | undefined>();
  const [editing, setEditing] = useState<TargetView | 'new' | null>(null);
  const list = useTargets(key);
  const manageProvince = Boolean(list.data?.provinceAbilities.includes('target.manage'));

  const filter = (
    <Select<TargetKey>
      aria-label={t('filterKey')}
      allowClear
      placeholder={t('allKeys')}
      value={key}
      onChange={(v) => setKey(v)}
      options={TARGET_KEYS.map((k) => ({ value: k, label: keyLabel(t, k) }))}
      style={{ minWidth: 260 }}
    />
  );

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} extra={filter} />
      <Alert type="info" showIcon title={t('help')} style={{ marginBottom: 16 }} />
      <ErrorAlert error={list.error} />
      <Card
        size="small"
        title={t('list')}
        extra={
          hasPermission('target.manage') ? (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('add')}
            </Button>
          ) : null
        }
      >
        <TargetsTable items={list.data?.items ?? []} loading={list.isFetching} onEdit={(v) => setEditing(v)} />
      </Card>
      {editing ? (
        <TargetFormModal
          target={editing === 'new' ? undefined : editing}
          manageProvince={manageProvince}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
