import { useEffect, useState, type ReactNode } from 'react';
import { Button, Col, DatePicker, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@web/lib/auth';
import { useActor, useActors } from '../api/actors';
import { useEntityTypes } from '../api/entity-types';
import { actionLabel, entityTypeLabel, knownActions } from '../utils/labels';
import type { AuditFilters } from '../utils/url-filters';

const hidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} style={{ display: 'block', marginBottom: 4, fontWeight: 500 }}>
        {label}
      </label>
      {children}
    </div>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

/** The audit filters: who, what kind of entity, which entity, which action, which days. */
export function AuditFilterBar({
  filters,
  onChange,
  onClear,
}: {
  filters: AuditFilters;
  onChange: (f: AuditFilters) => void;
  onClear: () => void;
}) {
  const { t, i18n } = useTranslation('audit');
  const { hasPermission } = useAuth();
  const canListUsers = hasPermission('user.read');
  const [actorSearch, setActorSearch] = useState('');
  const [actorOpen, setActorOpen] = useState(false);
  const debounced = useDebounced(actorSearch, 300);
  const actors = useActors(debounced.trim(), canListUsers && actorOpen);
  const chosenActor = useActor(filters.actorId, canListUsers);
  const entityTypes = useEntityTypes();
  const [entityId, setEntityId] = useState(filters.entityId ?? '');
  useEffect(() => setEntityId(filters.entityId ?? ''), [filters.entityId]);

  const actorOptions = (actors.data ?? []).map((a) => ({ value: a.id, label: `${a.fullName} (${a.username})` }));
  if (filters.actorId && !actorOptions.some((o) => o.value === filters.actorId)) {
    const a = chosenActor.data;
    actorOptions.unshift({ value: filters.actorId, label: a ? `${a.fullName} (${a.username})` : filters.actorId });
  }
  const actions = knownActions(i18n);
  if (filters.action && !actions.includes(filters.action)) actions.unshift(filters.action);
  const types = [...(entityTypes.data ?? [])];
  if (filters.entityType && !types.includes(filters.entityType)) types.unshift(filters.entityType);
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null =
    filters.from || filters.to ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null] : null;
  const hasAny = Object.values(filters).some(Boolean);

  return (
    <Row gutter={[12, 12]} align="bottom" style={{ marginBottom: 16 }} role="search" aria-label={t('title')}>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <Field id="audit-actor" label={t('filter.actor')}>
          <Select
            id="audit-actor"
            data-testid="audit-actor"
            style={{ width: '100%' }}
            allowClear
            placeholder={t('filter.actorPlaceholder')}
            value={filters.actorId}
            options={actorOptions}
            loading={actors.isFetching}
            disabled={!canListUsers && !filters.actorId}
            showSearch={{ filterOption: false, onSearch: setActorSearch }}
            onOpenChange={setActorOpen}
            onChange={(v: string | undefined) => onChange({ actorId: v ?? undefined })}
          />
        </Field>
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <Field id="audit-action" label={t('filter.action')}>
          <Select
            id="audit-action"
            data-testid="audit-action"
            style={{ width: '100%' }}
            allowClear
            placeholder={t('filter.all')}
            value={filters.action}
            showSearch={{ optionFilterProp: 'label' }}
            options={actions.map((a) => ({ value: a, label: actionLabel(i18n, a) }))}
            onChange={(v: string | undefined) => onChange({ action: v ?? undefined })}
          />
        </Field>
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <Field id="audit-entity-type" label={t('filter.entityType')}>
          <Select
            id="audit-entity-type"
            data-testid="audit-entity-type"
            style={{ width: '100%' }}
            allowClear
            placeholder={t('filter.all')}
            value={filters.entityType}
            options={types.map((e) => ({ value: e, label: entityTypeLabel(i18n, e) }))}
            onChange={(v: string | undefined) => onChange({ entityType: v ?? undefined })}
          />
        </Field>
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <Field id="audit-entity-id" label={t('filter.entityId')}>
          <Input.Search
            id="audit-entity-id"
            data-testid="audit-entity-id"
            allowClear
            placeholder={t('filter.entityIdPlaceholder')}
            value={entityId}
            onChange={(e) => setEntityId(e.target.value)}
            onSearch={(v) => onChange({ entityId: v.trim() || undefined })}
          />
        </Field>
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <label htmlFor="audit-from" style={{ display: 'block', marginBottom: 4, fontWeight: 500 }}>
          {t('filter.dates')}
        </label>
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
      </Col>
      <Col xs={24} sm={12} lg={8} xl={6}>
        <Button onClick={onClear} disabled={!hasAny} data-testid="audit-clear">
          {t('filter.reset')}
        </Button>
      </Col>
    </Row>
  );
}
