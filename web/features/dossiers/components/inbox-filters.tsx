import { Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOSSIER_STATUSES, type DossierStatus } from '@core/dossier';
import { DUE_FILTERS, type DueFilter } from '@contracts/dossier-inbox';
import { ListSearch, ListSwitch, ListToolbar } from '@web/components/list-page';
import { statusLabel } from '../utils/format';
import type { InboxListFilters } from '../utils/inbox-list';

const DUE_LABEL_KEYS: Record<DueFilter, string> = { soon: 'mark.dueSoon', overdue: 'mark.overdue' };

/** The inbox's filter row: search, statuses, deadline (all, due soon, overdue), "waiting on my unit" and "mine only". */
export function InboxFilters({ filters, onChange }: { filters: InboxListFilters; onChange: (patch: Partial<InboxListFilters>) => void }) {
  const { t, i18n } = useTranslation('dossiers');
  return (
    <ListToolbar>
      <ListSearch label={t('inbox.search')} value={filters.q} onSearch={(q) => onChange({ q })} />
      <Select<DossierStatus[]>
        mode="multiple"
        aria-label={t('inbox.status')}
        placeholder={filters.waiting ? t('inbox.waitingStatuses') : t('inbox.allStatuses')}
        allowClear
        value={filters.status}
        onChange={(status) => onChange({ status })}
        options={DOSSIER_STATUSES.map((s) => ({ value: s, label: statusLabel(s, i18n.language) }))}
        style={{ minWidth: 220, maxWidth: '100%' }}
        maxTagCount="responsive"
      />
      <Segmented
        aria-label={t('inbox.due')}
        value={filters.due ?? 'all'}
        onChange={(v) => onChange({ due: DUE_FILTERS.find((d) => d === v) })}
        options={[{ value: 'all', label: t('inbox.dueAll') }, ...DUE_FILTERS.map((d) => ({ value: d, label: t(DUE_LABEL_KEYS[d]) }))]}
      />
      <ListSwitch
        id="dossiers-waiting"
        label={t('inbox.waiting')}
        checked={filters.waiting}
        onChange={(waiting) => onChange({ waiting })}
      />
      <ListSwitch id="dossiers-mine" label={t('inbox.mine')} checked={filters.mine} onChange={(mine) => onChange({ mine })} />
    </ListToolbar>
  );
}
