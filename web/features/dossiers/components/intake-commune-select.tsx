import { useMemo } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IntakeCommune } from '@contracts/dossier-catalogue';
import { foldVietnamese } from '@contracts/units';
import { foldSearch } from '@web/lib/search-filter';

type Props = { communes: readonly IntakeCommune[]; value?: string; onChange?: (id: string | undefined) => void; id?: string };

/** Searchable picker of the commune (xã, phường, đặc khu) that handles a commune-level dossier; search ignores diacritics. */
export function IntakeCommuneSelect({ communes, value, onChange, id }: Props) {
  const { t } = useTranslation('dossiers');
  const options = useMemo(
    () => communes.map((c) => ({ value: c.id, label: `${c.name} (${c.code})`, search: foldVietnamese(`${c.name} ${c.code}`) })),
    [communes],
  );
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      allowClear
      placeholder={t('intake.handlingCommuneSearch')}
      notFoundContent={t('intake.noCommune')}
      showSearch={foldSearch}
      data-testid="handling-commune-select"
    />
  );
}
