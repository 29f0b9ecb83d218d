import { useEffect, useState } from 'react';
import { Button, Flex, Input, Select, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import {
  LEVEL_LABELS,
  ONLINE_LEVELS,
  ONLINE_LEVEL_LABELS,
  PROCEDURE_LEVELS,
  type OnlineLevelValue,
  type ProcedureDetail,
  type ProcedureLevelValue,
  type ProcedureListItem,
} from '@contracts/procedures';
import { ErrorAlert } from '@web/components/error-alert';
import { PageHeader } from '@web/components/page-header';
import { filterQuery, useProcedures, useSectors, type ProcedureFilters } from '../api/queries';
import { ImportModal } from '../components/import-modal';
import { ProcedureDrawer } from '../components/procedure-drawer';
import { ProcedureFormModal, type FormMode } from '../components/procedure-form-modal';
import { ScrollRegion } from '../components/scroll-region';
import { InterAgencyTag, LevelTag, OnlineTag, ValidityTag } from '../components/tags';
import { UnitSelect } from '../components/unit-select';
import { formatDuration, formatFee } from '../utils/format';

const PAGE_SIZES = [20, 50, 100];
const isLevel = (s: string): s is ProcedureLevelValue => (PROCEDURE_LEVELS as readonly string[]).includes(s);
const isOnline = (s: string): s is OnlineLevelValue => (ONLINE_LEVELS as readonly string[]).includes(s);

function useListParams() {
  const [sp, setSp] = useSearchParams();
  const level = sp.get('level') ?? '';
  const online = sp.get('online') ?? '';
  const size = Number(sp.get('size'));
  const page = Number(sp.get('page'));
  const filters: ProcedureFilters = {
    q: sp.get('q') || undefined,
    sector: sp.get('sector') || undefined,
    level: isLevel(level) ? level : undefined,
    unitId: sp.get('unitId') || undefined,
    onlineLevel: isOnline(online) ? online : undefined,
    interAgency: sp.get('lienThong') === 'true' || undefined,
    includeExpired: sp.get('expired') === 'true' || undefined,
  };
  const paging = { size: PAGE_SIZES.includes(size) ? size : 20, page: Number.isInteger(page) && page > 0 ? page : 1 };
  const update = (changes: Record<string, string | undefined>, keepPage = false) => {
    const next = new URLSearchParams(sp);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!keepPage) next.delete('page');
    setSp(next, { replace: true });
  };
  return { filters, paging, open: sp.get('id'), update };
}

function exportHref(f: ProcedureFilters): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(filterQuery(f))) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return `/api/procedures/export.xlsx${s ? `?${s}` : ''}`;
}

/** The procedure catalogue: search and filters, detail drawer, create/edit/replace and Excel exchange by abilities. */
export function ProceduresPage() {
  const { t, i18n } = useTranslation('procedures');
  const l = i18n.language === 'en' ? 'en' : 'vi';
  const { filters, paging, open, update } = useListParams();
  const [search, setSearch] = useState(filters.q ?? '');
  useEffect(() => setSearch(filters.q ?? ''), [filters.q]);
  const [form, setForm] = useState<FormMode | null>(null);
  const [importing, setImporting] = useState(false);
  const list = useProcedures(filters, { limit: paging.size, offset: (paging.page - 1) * paging.size });
  const sectors = useSectors();
  const canManage = list.data?.abilities.includes('procedure.manage') ?? false;

  const columns: TableColumnsType<ProcedureListItem> = [
    { key: 'code', title: t('col.code'), width: 100, render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{p.nationalCode}</span> },
    {
      key: 'name',
      title: t('col.name'),
      render: (_, p) => (
        <Flex vertical gap={4} style={{ minWidth: 260, maxWidth: 460 }}>
          <Typography.Link onClick={() => update({ id: p.id }, true)} data-testid="procedure-open">
            {p.name}
          </Typography.Link>
          <Flex gap={4} wrap>
            <OnlineTag level={p.onlineLevel} />
            {p.isInterAgency ? <InterAgencyTag /> : null}
            <ValidityTag status={p.status} />
          </Flex>
        </Flex>
      ),
    },
    { key: 'sector', title: t('col.sector'), width: 170, render: (_, p) => p.sector },
    { key: 'level', title: t('col.level'), width: 90, render: (_, p) => <LevelTag level={p.level} /> },
    { key: 'unit', title: t('col.unit'), width: 190, render: (_, p) => (p.level === 'commune' ? t('communeUnit') : p.handlingUnitName) },
    {
      key: 'duration',
      title: t('col.duration'),
      width: 150,
      render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{formatDuration(p.durationValue, p.durationUnit, l)}</span>,
    },
    {
      key: 'fee',
      title: t('col.fee'),
      width: 120,
      render: (_, p) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {p.feeAmount ? (
            formatFee(p.feeAmount, l)
          ) : p.feeText && p.feeAmount === null && !/^không/i.test(p.feeText) ? (
            <Typography.Text type="secondary">{p.feeText.length > 24 ? `${p.feeText.slice(0, 24)}…` : p.feeText}</Typography.Text>
          ) : (
            t('noFee')
          )}
        </span>
      ),
    },
  ];

  const saved = (p: ProcedureDetail) => {
    setForm(null);
    update({ id: p.id }, true);
  };

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <Button href={exportHref(filters)} download>
              {t('excel.export')}
            </Button>
            {canManage ? (
              <>
                <Button onClick={() => setImporting(true)} data-testid="procedures-import">
                  {t('excel.import')}
                </Button>
                <Button type="primary" onClick={() => setForm({ kind: 'create' })} data-testid="procedures-add">
                  {t('list.add')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <Input.Search
          aria-label={t('list.search')}
          placeholder={t('list.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => update({ q: v.trim() || undefined })}
          style={{ width: 300, maxWidth: '100%' }}
          data-testid="procedures-search"
        />
        <Select
          aria-label={t('list.sector')}
          placeholder={t('list.allSectors')}
          allowClear
          showSearch
          value={filters.sector}
          onChange={(v?: string) => update({ sector: v })}
          options={(sectors.data?.items ?? []).map((s) => ({ value: s.sector, label: `${s.sector} (${s.count})` }))}
          style={{ width: 240, maxWidth: '100%' }}
          popupMatchSelectWidth={false}
        />
        <Select
          aria-label={t('list.level')}
          placeholder={t('list.allLevels')}
          allowClear
          value={filters.level}
          onChange={(v?: string) => update({ level: v })}
          options={PROCEDURE_LEVELS.map((v) => ({ value: v, label: LEVEL_LABELS[v][l] }))}
          style={{ width: 140, maxWidth: '100%' }}
        />
        <UnitSelect
          aria-label={t('list.unit')}
          placeholder={t('list.allUnits')}
          allowClear
          value={filters.unitId}
          onChange={(v) => update({ unitId: v })}
          style={{ width: 240, maxWidth: '100%' }}
        />
        <Select
          aria-label={t('list.online')}
          placeholder={t('list.allOnline')}
          allowClear
          value={filters.onlineLevel}
          onChange={(v?: string) => update({ online: v })}
          options={ONLINE_LEVELS.map((v) => ({ value: v, label: ONLINE_LEVEL_LABELS[v][l] }))}
          style={{ width: 170, maxWidth: '100%' }}
        />
        <Flex align="center" gap={6}>
          <Switch
            id="procedures-inter"
            size="small"
            checked={filters.interAgency === true}
            onChange={(v) => update({ lienThong: v ? 'true' : undefined })}
          />
          <label htmlFor="procedures-inter">{t('list.interAgency')}</label>
        </Flex>
        <Flex align="center" gap={6}>
          <Switch
            id="procedures-expired"
            size="small"
            checked={filters.includeExpired === true}
            onChange={(v) => update({ expired: v ? 'true' : undefined })}
          />
          <label htmlFor="procedures-expired">{t('list.includeExpired')}</label>
        </Flex>
      </Flex>
      <ErrorAlert error={list.error} />
      <ScrollRegion label={t('list.tableLabel')} minWidth={1080}>
        <Table<ProcedureListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          locale={{ emptyText: <Typography.Text type="secondary">{t('list.empty')}</Typography.Text> }}
          data-testid="procedures-table"
          pagination={{
            current: paging.page,
            pageSize: paging.size,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (total) => t('list.total', { count: total }),
            onChange: (page, size) =>
              update({ page: page > 1 ? String(page) : undefined, size: size !== 20 ? String(size) : undefined }, size === paging.size),
          }}
        />
      </ScrollRegion>
      <ProcedureDrawer
        id={open}
        onClose={() => update({ id: undefined }, true)}
        onOpen={(id) => update({ id }, true)}
        onEdit={(p) => setForm({ kind: 'edit', procedure: p })}
        onReplace={(p) => setForm({ kind: 'replace', procedure: p })}
      />
      {form ? <ProcedureFormModal mode={form} onClose={() => setForm(null)} onSaved={saved} /> : null}
      {importing ? <ImportModal onClose={() => setImporting(false)} /> : null}
    </>
  );
}
