import { useState, type ReactNode } from 'react';
import { Button, Descriptions, Flex, Grid, Result, Skeleton, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { UnitDetail, UnitLink, UnitRef } from '@contracts/units';
import { paths } from '@web/config/paths';
import { ErrorAlert } from '@web/components/error-alert';
import { ApiError } from '@web/lib/api';
import { useUnit } from '../api/get-unit';
import { useUnitHistory } from '../api/get-unit-history';
import { formatDate } from '../utils/dates';
import { UnitKindTag, UnitStatusTag } from './unit-tags';
import { UnitHistoryView } from './unit-history';
import { CreateUnitDialog } from './create-unit-dialog';
import { EditUnitDialog } from './edit-unit-dialog';
import { CloseUnitDialog } from './close-unit-dialog';

type Dialog = 'create' | 'edit' | 'close' | null;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginTop: 20 }}>
      <Typography.Title level={3} style={{ marginBottom: 8, fontSize: 16 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

// Links sharing a date and legal basis (a merger) are shown once, with all their units.
function LinkList({ links, search, testId }: { links: UnitLink[]; search: string; testId: string }) {
  const { t } = useTranslation('units');
  if (links.length === 0) return <Typography.Text type="secondary">{t('detail.noLinks')}</Typography.Text>;
  const groups = new Map<string, UnitLink[]>();
  for (const l of links) {
    const key = `${l.effectiveOn}|${l.legalRef ?? ''}|${l.note ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return (
    <Flex vertical gap={10} data-testid={testId}>
      {[...groups.entries()].map(([key, group]) => {
        const first = group[0] as UnitLink;
        return (
          <div key={key}>
            <Flex wrap gap={8} align="center" style={{ rowGap: 4 }}>
              {group.map((l) => (
                <span key={l.id}>
                  <Link to={paths.unit(l.id) + search}>{l.name}</Link> <UnitKindTag kind={l.kind} compact />
                </span>
              ))}
            </Flex>
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 2 }}>
              {t('detail.effectiveOn', { date: formatDate(first.effectiveOn) })}
              {first.legalRef ? ` · ${first.legalRef}` : ''}
            </Typography.Text>
            {first.note ? <div>{first.note}</div> : null}
          </div>
        );
      })}
    </Flex>
  );
}

function ChildrenTable({ items, search }: { items: UnitRef[]; search: string }) {
  const { t } = useTranslation('units');
  if (items.length === 0) return <Typography.Text type="secondary">{t('detail.noChildren')}</Typography.Text>;
  return (
    <Table<UnitRef>
      data-testid="unit-children"
      size="small"
      rowKey="id"
      dataSource={items}
      scroll={{ x: 'max-content' }}
      pagination={items.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
      columns={[
        { key: 'name', title: t('form.name'), render: (_, u) => <Link to={paths.unit(u.id) + search}>{u.name}</Link> },
        { key: 'code', title: t('detail.code'), dataIndex: 'code' },
        { key: 'kind', title: t('detail.kind'), render: (_, u) => <UnitKindTag kind={u.kind} /> },
        { key: 'status', title: t('detail.status'), render: (_, u) => <UnitStatusTag status={u.status} /> },
      ]}
    />
  );
}

function Actions({ unit, onOpen }: { unit: UnitDetail; onOpen: (d: Dialog) => void }) {
  const { t } = useTranslation('units');
  const can = (p: UnitDetail['abilities'][number]) => unit.abilities.includes(p);
  const buttons = [
    can('unit.create') && unit.status !== 'closed' ? (
      <Button key="create" type="primary" data-testid="unit-action-create" onClick={() => onOpen('create')}>
        {t('actions.create')}
      </Button>
    ) : null,
    can('unit.update') ? (
      <Button key="edit" data-testid="unit-action-edit" onClick={() => onOpen('edit')}>
        {t('actions.edit')}
      </Button>
    ) : null,
    can('unit.close') && unit.validTo === null ? (
      <Button key="close" danger data-testid="unit-action-close" onClick={() => onOpen('close')}>
        {t('actions.close')}
      </Button>
    ) : null,
  ].filter(Boolean);
  if (buttons.length === 0) return null;
  return (
    <Flex wrap gap={8} role="group" aria-label={t('detail.actions')}>
      {buttons}
    </Flex>
  );
}

/** Everything about one unit, with the actions its `abilities` allow. */
export function UnitDetailView({ unit, search, onCreated }: { unit: UnitDetail; search: string; onCreated?: (u: UnitDetail) => void }) {
  const { t } = useTranslation('units');
  const [dialog, setDialog] = useState<Dialog>(null);
  const history = useUnitHistory(unit.id);
  // On a phone, labels above values leave the values the full width.
  const narrow = Grid.useBreakpoint().sm === false;
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <article data-testid="unit-detail" aria-labelledby="unit-detail-title">
      <Flex justify="space-between" align="flex-start" wrap gap={8}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={2} id="unit-detail-title" style={{ margin: 0, fontSize: 20 }}>
            {unit.name}
          </Typography.Title>
          <Flex wrap gap={6} align="center" style={{ marginTop: 6 }}>
            <UnitKindTag kind={unit.kind} />
            <UnitStatusTag status={unit.status} />
            <Typography.Text type="secondary">{unit.code}</Typography.Text>
          </Flex>
        </div>
        <Actions unit={unit} onOpen={setDialog} />
      </Flex>
      <Descriptions
        size="small"
        bordered
        layout={narrow ? 'vertical' : 'horizontal'}
        styles={{ label: narrow ? {} : { whiteSpace: 'nowrap' } }}
        style={{ marginTop: 16 }}
        column={{ xs: 1, sm: 1, md: 2, lg: 1, xl: 2, xxl: 2 }}
        items={[
          { key: 'code', label: t('detail.code'), children: unit.code },
          { key: 'shortName', label: t('detail.shortName'), children: unit.shortName ?? dash },
          { key: 'nameEn', label: t('detail.nameEn'), children: unit.nameEn ?? dash, span: 'filled' },
          {
            key: 'parent',
            label: t('detail.parent'),
            children: unit.parent ? (
              <Link to={paths.unit(unit.parent.id) + search}>{unit.parent.name}</Link>
            ) : unit.parentId ? (
              t('detail.parentHidden')
            ) : (
              t('detail.noParent')
            ),
            span: 'filled',
          },
          { key: 'validFrom', label: t('detail.validFrom'), children: formatDate(unit.validFrom) },
          { key: 'validTo', label: t('detail.validTo'), children: unit.validTo ? formatDate(unit.validTo) : t('detail.open') },
          { key: 'legalRef', label: t('detail.legalRef'), children: unit.legalRef ?? dash, span: 'filled' },
          { key: 'address', label: t('detail.address'), children: unit.address ?? dash, span: 'filled' },
          ...(unit.validTo
            ? [
                {
                  key: 'closingLegalRef',
                  label: t('detail.closingLegalRef'),
                  children: unit.closingLegalRef ?? dash,
                  span: 'filled' as const,
                },
                { key: 'closingNote', label: t('detail.closingNote'), children: unit.closingNote ?? dash, span: 'filled' as const },
              ]
            : []),
        ]}
      />
      <Section title={t('detail.predecessors')}>
        <LinkList links={unit.predecessors} search={search} testId="unit-predecessors" />
      </Section>
      <Section title={t('detail.successors')}>
        <LinkList links={unit.successors} search={search} testId="unit-successors" />
      </Section>
      <Section title={t('detail.children', { count: unit.children.length })}>
        <ChildrenTable items={unit.children} search={search} />
      </Section>
      <Section title={t('detail.history')}>
        {history.data ? (
          <UnitHistoryView history={history.data} currentId={unit.id} search={search} />
        ) : history.error ? (
          <ErrorAlert error={history.error} />
        ) : (
          <Skeleton active paragraph={{ rows: 2 }} />
        )}
      </Section>
      {dialog === 'create' ? (
        <CreateUnitDialog
          parent={unit}
          onClose={() => setDialog(null)}
          onCreated={(u) => {
            setDialog(null);
            onCreated?.(u);
          }}
        />
      ) : null}
      {dialog === 'edit' ? <EditUnitDialog unit={unit} onClose={() => setDialog(null)} /> : null}
      {dialog === 'close' ? <CloseUnitDialog unit={unit} onClose={() => setDialog(null)} /> : null}
    </article>
  );
}

/** Loads a unit and shows it; a unit out of the caller's scope answers 404 and shows as not found. */
export function UnitDetailPanel({
  id,
  asOf,
  search,
  onCreated,
}: {
  id: string;
  asOf?: string;
  search: string;
  onCreated?: (u: UnitDetail) => void;
}) {
  const { t } = useTranslation('units');
  const unit = useUnit(id, asOf);
  if (unit.data) return <UnitDetailView unit={unit.data} search={search} onCreated={onCreated} />;
  if (unit.error instanceof ApiError && unit.error.status === 404)
    return <Result status="404" title="404" subTitle={t('detail.notFound')} />;
  if (unit.error) return <ErrorAlert error={unit.error} />;
  return <Skeleton active />;
}
