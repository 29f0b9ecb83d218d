import { useState } from 'react';
import { Button, Grid, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '@contracts/audit';
import { paths } from '@web/config/paths';
import { useListState } from '@web/lib/list-state';
import { ErrorAlert } from '@web/components/error-alert';
import { ListTable } from '@web/components/list-page';
import { PageHeader } from '@web/components/page-header';
import { useAudit } from '../api/list-audit';
import { AuditDiff } from '../components/audit-diff';
import { AuditFilterBar } from '../components/audit-filter-bar';
import { AppLink } from '@web/components/app-link';
import { actionLabel, entityTypeLabel, formatVnDateTime } from '../utils/labels';
import { AUDIT_LIST } from '../utils/audit-list';

const ENTITY_PAGES: Record<string, (id: string) => string> = { user: paths.user, unit: paths.unit, dossier: paths.dossier };

/** How an entry names its object: the label written with it, else the id (shortened when it is a long one). */
export function entityName(e: Pick<AuditEntryView, 'entityLabel' | 'entityId'>): string {
  if (e.entityLabel) return e.entityLabel;
  return e.entityId.length > 12 ? `${e.entityId.slice(0, 8)}…` : e.entityId;
}

/** The audit log, newest first, filtered through the address; each entry expands into a field-by-field diff. */
export function AuditPage() {
  const { t, i18n } = useTranslation('audit');
  const list = useListState(AUDIT_LIST);
  const { filters, setFilters } = list;
  const audit = useAudit({ ...filters, ...list.paging });
  // On phones the filters fold away so the log itself is on the first screen.
  const isPhone = Grid.useBreakpoint().md === false;
  const [showFilters, setShowFilters] = useState(false);
  // The name of the object filtered by, as its row showed it (an address alone carries only its id).
  const [chosenName, setEntityName] = useState<string | undefined>(undefined);
  const filteredEntity = filters.entityId
    ? (chosenName ?? audit.data?.items.find((e) => e.entityId === filters.entityId)?.entityLabel ?? filters.entityId)
    : undefined;
  const active = Object.values(filters).filter(Boolean).length;

  const columns: TableColumnsType<AuditEntryView> = [
    { key: 'at', title: t('col.at'), render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatVnDateTime(e.at)}</span> },
    {
      key: 'action',
      title: t('col.action'),
      render: (_, e) => (
        <span data-testid="audit-action-cell" data-action={e.action}>
          {actionLabel(i18n, e.action)}
        </span>
      ),
    },
    {
      key: 'actor',
      title: t('col.actor'),
      render: (_, e) => {
        if (!e.actorUsername) return <Typography.Text type="secondary">{t('system')}</Typography.Text>;
        return e.actorName ? `${e.actorName} (${e.actorUsername})` : e.actorUsername;
      },
    },
    {
      key: 'entity',
      title: t('col.entity'),
      render: (_, e) => {
        const page = ENTITY_PAGES[e.entityType];
        const name = entityName(e);
        return (
          <span style={{ whiteSpace: 'nowrap' }}>
            {entityTypeLabel(i18n, e.entityType)} {page ? <AppLink to={page(e.entityId)}>{name}</AppLink> : <span>{name}</span>}{' '}
            <Tooltip title={t('filter.thisEntity')}>
              <Button
                size="small"
                type="link"
                aria-label={`${t('filter.thisEntity')}: ${name}`}
                onClick={() => {
                  setEntityName(name);
                  setFilters({ entityType: e.entityType, entityId: e.entityId });
                }}
                data-testid="filter-entity"
              >
                {t('filter.byThis')}
              </Button>
            </Tooltip>
          </span>
        );
      },
    },
    { key: 'unit', title: t('col.unit'), render: (_, e) => e.unitName ?? '—' },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          isPhone ? (
            <Button
              aria-expanded={showFilters}
              aria-controls="audit-filters"
              onClick={() => setShowFilters((v) => !v)}
              data-testid="audit-toggle-filters"
            >
              {active ? t('filter.toggleCount', { count: active }) : t('filter.toggle')}
            </Button>
          ) : null
        }
      />
      <div id="audit-filters" hidden={isPhone && !showFilters}>
        <AuditFilterBar filters={filters} entityName={filteredEntity} onChange={setFilters} onClear={list.clearFilters} />
      </div>
      <ErrorAlert error={audit.error} />
      <ListTable
        list={list}
        data={audit.data}
        loading={audit.isFetching}
        columns={columns}
        scroll={{ x: 'max-content' }}
        emptyText={t('empty')}
        totalText={(count) => t('total', { count })}
        data-testid="audit-table"
        expandable={{
          expandedRowRender: (e) => <AuditDiff before={e.before} after={e.after} requestId={e.requestId} names={e.names} />,
        }}
      />
    </>
  );
}
