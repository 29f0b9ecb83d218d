import type { ReactNode } from 'react';
import { Button, Col, DatePicker, Row, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ListSearch } from '@web/components/list-page';
import { useAuditFilterOptions } from '../hooks/use-audit-filter-options';
import type { AuditFilters } from '../utils/audit-list';
import { foldSearch } from '@web/lib/search-filter';

const hidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;
const labelStyle = { display: 'block', marginBottom: 4, fontWeight: 500 } as const;

/** One labelled filter in the grid (a column: full width on phones, up to four in a row on wide screens). */
function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <Col xs={24} sm={12} lg={8} xl={6}>
      <label htmlFor={id} style={labelStyle}>
        {label}
      </label>
      {children}
    </Col>
  );
}

/** The day range, each end optional; the end has its own (visually hidden) label. */
function DateRange({ filters, onChange }: { filters: AuditFilters; onChange: (f: Partial<AuditFilters>) => void }) {
  const { t } = useTranslation('audit');
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null =
    filters.from || filters.to ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null] : null;
  return (
    <Field id="audit-from" label={t('filter.dates')}>
      <label htmlFor="audit-to" style={hidden}>
        {t('filter.to')}
      </label>
      <DatePicker.RangePicker
        id={{ start: 'audit-from', end: 'audit-to' }}
        data-testid="audit-dates"
        style={{ width: '100%' }}
        format="DD/MM/YYYY"
        allowEmpty={[true, true]}
        placeholder={[t('filter.from'), t('filter.to')]}
        value={range}
        onChange={(v) =>
          onChange({ from: v?.[0] ? v[0].format('YYYY-MM-DD') : undefined, to: v?.[1] ? v[1].format('YYYY-MM-DD') : undefined })
        }
      />
    </Field>
  );
}

/** The audit filters: words to find, who, what kind of entity, which action, which days, and the entity filtered by. */
export function AuditFilterBar({
  filters,
  entityName,
  onChange,
  onClear,
}: {
  filters: AuditFilters;
  /** The name of the entity filtered by (filters.entityId), shown as a tag that removes the filter. */
  entityName?: string | undefined;
  onChange: (f: Partial<AuditFilters>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation('audit');
  const options = useAuditFilterOptions(filters);
  const hasAny = Object.values(filters).some(Boolean);
  return (
    <Row gutter={[12, 12]} align="bottom" style={{ marginBottom: 16 }} role="search" aria-label={t('title')}>
      <Field id="audit-q" label={t('filter.q')}>
        <ListSearch
          id="audit-q"
          data-testid="audit-q"
          label={t('filter.q')}
          placeholder={t('filter.qPlaceholder')}
          value={filters.q}
          onSearch={(q) => onChange({ q })}
          width="100%"
        />
      </Field>
      <Field id="audit-actor" label={t('filter.actor')}>
        <Select
          id="audit-actor"
          data-testid="audit-actor"
          style={{ width: '100%' }}
          allowClear
          placeholder={t('filter.actorPlaceholder')}
          value={filters.actorId}
          options={options.actors.options}
          loading={options.actors.loading}
          disabled={!options.canListUsers && !filters.actorId}
          showSearch={{ filterOption: false, onSearch: options.actors.search }}
          onOpenChange={options.actors.open}
          onChange={(v: string | undefined) => onChange({ actorId: v ?? undefined })}
        />
      </Field>
      <Field id="audit-action" label={t('filter.action')}>
        <Select
          id="audit-action"
          data-testid="audit-action"
          style={{ width: '100%' }}
          allowClear
          placeholder={t('filter.all')}
          value={filters.action}
          showSearch={foldSearch}
          options={options.actions}
          onChange={(v: string | undefined) => onChange({ action: v ?? undefined })}
        />
      </Field>
      <Field id="audit-entity-type" label={t('filter.entityType')}>
        <Select
          id="audit-entity-type"
          data-testid="audit-entity-type"
          style={{ width: '100%' }}
          allowClear
          placeholder={t('filter.all')}
          value={filters.entityType}
          options={options.entityTypes}
          onChange={(v: string | undefined) => onChange({ entityType: v ?? undefined })}
        />
      </Field>
      <DateRange filters={filters} onChange={onChange} />
      <Col xs={24} sm={12} lg={8} xl={6}>
        {filters.entityId && entityName ? (
          <div style={{ marginBottom: 8 }}>
            <Tag data-testid="audit-entity">{t('filter.entity', { name: entityName })}</Tag>
            <Button
              size="small"
              type="text"
              aria-label={t('filter.entityClear', { name: entityName })}
              onClick={() => onChange({ entityId: undefined })}
            >
              ×
            </Button>
          </div>
        ) : null}
        <Button onClick={onClear} disabled={!hasAny} data-testid="audit-clear">
          {t('filter.reset')}
        </Button>
      </Col>
    </Row>
  );
}
