import { useEffect, useRef, useState } from 'react';
import { DatePicker, Flex, Input, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS } from '@contracts/units';
import type { UnitsPageFilter } from '../hooks/use-units-filter';

const SEARCH_DELAY_MS = 350;

/** Search box, kind filter, reference date and the history switch of the unit tree. */
export function UnitFilters({ filter, onChange }: { filter: UnitsPageFilter; onChange: (patch: Partial<UnitsPageFilter>) => void }) {
  const { t } = useTranslation('units');
  const [text, setText] = useState(filter.q);
  const sent = useRef(filter.q);
  // The address may change from outside (back button): show what it holds.
  useEffect(() => {
    sent.current = filter.q;
    setText(filter.q);
  }, [filter.q]);
  useEffect(() => {
    if (text.trim() === sent.current.trim()) return;
    const h = setTimeout(() => {
      sent.current = text;
      onChange({ q: text });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(h);
  }, [text, onChange]);
  const submit = (v: string) => {
    sent.current = v;
    onChange({ q: v });
  };

  return (
    <Flex vertical gap={8} role="search" aria-label={t('filters.label')}>
      <Input.Search
        id="units-search"
        data-testid="units-search"
        aria-label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={submit}
      />
      <Flex wrap gap={8} align="center">
        <Select
          mode="multiple"
          aria-label={t('filters.kind')}
          placeholder={t('filters.kindPlaceholder')}
          allowClear
          maxTagCount="responsive"
          value={filter.kinds}
          onChange={(kinds) => onChange({ kinds })}
          options={UNIT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          style={{ flex: '1 1 180px', minWidth: 0 }}
          data-testid="units-kind-filter"
        />
        <DatePicker
          aria-label={t('filters.asOf')}
          placeholder={t('filters.asOfPlaceholder')}
          format="DD/MM/YYYY"
          value={filter.asOf ? dayjs(filter.asOf) : null}
          onChange={(d) => onChange({ asOf: d ? d.format('YYYY-MM-DD') : undefined })}
          style={{ flex: '0 1 150px', minWidth: 130 }}
          data-testid="units-as-of"
        />
      </Flex>
      <Flex align="center" gap={8}>
        <Switch
          id="units-include-closed"
          size="small"
          checked={filter.includeClosed}
          onChange={(includeClosed) => onChange({ includeClosed })}
        />
        <label htmlFor="units-include-closed" style={{ cursor: 'pointer' }}>
          {t('filters.includeClosed')}
        </label>
      </Flex>
    </Flex>
  );
}
