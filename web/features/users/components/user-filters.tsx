import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@core/access/roles';
import { ListSearch, ListSwitch, ListToolbar } from '@web/components/list-page';
import { roleLabel } from '../utils/format';
import type { UserListFilters } from '../utils/user-list';
import { UnitTreeSelect } from './unit-tree-select';

/** The account list's filter row: search, unit (with or without subunits), role, deactivated accounts. */
export function UserFilters({ filters, onChange }: { filters: UserListFilters; onChange: (patch: Partial<UserListFilters>) => void }) {
  const { t, i18n } = useTranslation('users');
  return (
    <ListToolbar>
      <ListSearch label={t('list.search')} value={filters.q} onSearch={(q) => onChange({ q })} data-testid="users-search" />
      <div style={{ width: 280, maxWidth: '100%' }}>
        <UnitTreeSelect
          aria-label={t('list.unit')}
          placeholder={t('list.allUnits')}
          allowClear
          value={filters.unitId}
          onChange={(v) => onChange({ unitId: v ?? undefined })}
        />
      </div>
      {filters.unitId ? (
        <ListSwitch
          id="users-subunits"
          label={t('list.includeSubunits')}
          checked={filters.includeSubunits}
          onChange={(includeSubunits) => onChange({ includeSubunits })}
        />
      ) : null}
      <Select<Role>
        aria-label={t('list.role')}
        placeholder={t('list.allRoles')}
        allowClear
        value={filters.role}
        onChange={(v) => onChange({ role: v ?? undefined })}
        options={ROLES.map((r) => ({ value: r, label: roleLabel(r, i18n.language) }))}
        style={{ width: 240, maxWidth: '100%' }}
        popupMatchSelectWidth={false}
      />
      <ListSwitch
        id="users-inactive"
        label={t('list.includeInactive')}
        checked={filters.includeInactive}
        onChange={(includeInactive) => onChange({ includeInactive })}
      />
    </ListToolbar>
  );
}
