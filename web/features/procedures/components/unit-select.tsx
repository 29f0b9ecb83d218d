import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../api/queries';
import { foldSearch } from '@web/lib/search-filter';

const KIND_ORDER = ['province', 'department', 'one_stop_centre', 'ward', 'commune', 'special_zone', 'district'];
const collator = new Intl.Collator('vi');

/** A searchable picker of the units in effect that the caller can see ('buon ma' finds 'Buôn Ma Thuột'). */
export function UnitSelect(props: {
  id?: string;
  value?: string;
  onChange?: (v: string | undefined) => void;
  'aria-label'?: string;
  allowClear?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
  disabled?: boolean;
}) {
  const { t } = useTranslation('procedures');
  const units = useUnits();
  const options = (units.data?.items ?? [])
    .filter((u) => u.status === 'active')
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || collator.compare(a.name, b.name))
    .map((u) => ({ value: u.id, label: u.name }));
  return (
    <Select
      id={props.id}
      aria-label={props['aria-label']}
      showSearch={foldSearch}
      allowClear={props.allowClear}
      placeholder={props.placeholder ?? t('form.pickUnit')}
      loading={units.isLoading}
      options={options}
      value={props.value}
      onChange={(v?: string) => props.onChange?.(v)}
      disabled={props.disabled}
      style={props.style ?? { width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
