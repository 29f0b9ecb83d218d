import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEVEL_LABELS, ONLINE_LEVELS, ONLINE_LEVEL_LABELS, PROCEDURE_LEVELS } from '@contracts/procedures';
import { ListSearch, ListSwitch, ListToolbar } from '@web/components/list-page';
import { useSectors } from '../api/queries';
import type { ProcedureListFilters } from '../utils/procedure-list';
import { UnitSelect } from './unit-select';
import { foldSearch } from '@web/lib/search-filter';

/** The catalogue's filter row: search, sector, level, handling unit, online level, inter-agency and expired switches. */
export function ProcedureFilters({
  filters,
  onChange,
}: {
  filters: ProcedureListFilters;
  onChange: (patch: Partial<ProcedureListFilters>) => void;
}) {
  const { t, i18n } = useTranslation('procedures');
  const l = i18n.language === 'en' ? 'en' : 'vi';
  const sectors = useSectors();
  return (
    <ListToolbar>
      <ListSearch
        label={t('list.search')}
        value={filters.q}
        onSearch={(q) => onChange({ q })}
        width={300}
        data-testid="procedures-search"
      />
      <Select
        aria-label={t('list.sector')}
        placeholder={t('list.allSectors')}
        allowClear
        showSearch={foldSearch}
        value={filters.sector}
        onChange={(sector?: string) => onChange({ sector })}
        options={(sectors.data?.items ?? []).map((s) => ({ value: s.sector, label: `${s.sector} (${s.count})` }))}
        style={{ width: 240, maxWidth: '100%' }}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('list.level')}
        placeholder={t('list.allLevels')}
        allowClear
        value={filters.level}
        onChange={(level) => onChange({ level })}
        options={PROCEDURE_LEVELS.map((v) => ({ value: v, label: LEVEL_LABELS[v][l] }))}
        style={{ width: 140, maxWidth: '100%' }}
      />
      <UnitSelect
        aria-label={t('list.unit')}
        placeholder={t('list.allUnits')}
        allowClear
        value={filters.unitId}
        onChange={(unitId) => onChange({ unitId })}
        style={{ width: 240, maxWidth: '100%' }}
      />
      <Select
        aria-label={t('list.online')}
        placeholder={t('list.allOnline')}
        allowClear
        value={filters.onlineLevel}
        onChange={(onlineLevel) => onChange({ onlineLevel })}
        options={ONLINE_LEVELS.map((v) => ({ value: v, label: ONLINE_LEVEL_LABELS[v][l] }))}
        style={{ width: 170, maxWidth: '100%' }}
      />
      <ListSwitch
        id="procedures-inter"
        label={t('list.interAgency')}
        checked={filters.interAgency}
        onChange={(interAgency) => onChange({ interAgency })}
      />
      <ListSwitch
        id="procedures-expired"
        label={t('list.includeExpired')}
        checked={filters.includeExpired}
        onChange={(includeExpired) => onChange({ includeExpired })}
      />
    </ListToolbar>
  );
}
