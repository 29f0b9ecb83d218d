import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCalendarUnits } from '../api/list-units';
import { foldSearch } from '@web/lib/search-filter';

const collator = new Intl.Collator('vi');

/** A searchable unit picker (units the caller can see, in Vietnamese order). */
export function UnitSelect(props: {
  id?: string;
  value?: string;
  onChange?: (v: string | undefined) => void;
  disabled?: boolean;
  'aria-label'?: string;
  allowClear?: boolean;
}) {
  const { t } = useTranslation('calendar');
  const units = useCalendarUnits(true);
  const options = (units.data?.items ?? [])
    .filter((u) => u.status !== 'closed')
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((u) => ({ value: u.id, label: u.name }));
  return (
    <Select
      id={props.id}
      aria-label={props['aria-label']}
      showSearch={foldSearch}
      allowClear={props.allowClear}
      placeholder={t('form.pickUnit')}
      loading={units.isLoading}
      options={options}
      value={props.value}
      onChange={(v?: string) => props.onChange?.(v)}
      disabled={props.disabled}
      style={{ width: '100%' }}
    />
  );
}
