import { Fragment, useEffect, useState } from 'react';
import { Button, Flex, Input, Segmented, Select, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { DOSSIER_STATUSES, OPEN_STATUSES, type DossierStatus } from '@core/dossier';
import type { DossierListItem } from '@contracts/dossiers';
import { paths } from '@web/config/paths';
import { useAuth } from '@web/lib/auth';
import { AppLink } from '@web/components/app-link';
import { ErrorAlert } from '@web/components/error-alert';
import { PageHeader } from '@web/components/page-header';
import { useDossiers } from '../api/dossiers';
import { Clipped } from '../components/clipped';
import { DueCell } from '../components/due-cell';
import { RegisterDialog } from '../components/register-dialog';
import { StatusTag } from '../components/status-tag';
import { statusLabel } from '../utils/format';

const PAGE_SIZES = [20, 50, 100];

function useListParams() {
  const [sp, setSp] = useSearchParams();
  const size = Number(sp.get('size'));
  const page = Number(sp.get('page'));
  const due = sp.get('due');
  const params = {
    q: sp.get('q') ?? '',
    // Default view: dossiers still being handled.
    status: sp.get('status') ?? OPEN_STATUSES.join(','),
    mine: sp.get('mine') === 'true',
    due: due === 'soon' || due === 'overdue' ? due : undefined,
    size: PAGE_SIZES.includes(size) ? size : 20,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  } as const;
  const update = (changes: Record<string, string | undefined>, keepPage = false) => {
    const next = new URLSearchParams(sp);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    if (!keepPage) next.delete('page');
    setSp(next, { replace: true });
  };
  return { params, update };
}

/** A dossier code that may wrap only after its hyphens (long unit prefixes such as 66.TTPVHCC-…). */
function breakable(code: string) {
  const parts = code.split('-');
  return parts.map((p, i) =>
    i < parts.length - 1 ? (
      <Fragment key={i}>
        {p}-<wbr />
      </Fragment>
    ) : (
      <Fragment key={i}>{p}</Fragment>
    ),
  );
}

/** The one-stop inbox: dossiers of the caller's units, most urgent first, with due-soon and overdue marks. */
export function InboxPage() {
  const { t, i18n } = useTranslation('dossiers');
  const { hasPermission } = useAuth();
  const navigate = useNavigate();
  const { params, update } = useListParams();
  const [search, setSearch] = useState(params.q);
  useEffect(() => setSearch(params.q), [params.q]);
  const [registerOpen, setRegisterOpen] = useState(false);
  const statuses = params.status
    ? params.status.split(',').filter((s): s is DossierStatus => (DOSSIER_STATUSES as readonly string[]).includes(s))
    : [];
  const list = useDossiers({
    status: statuses.join(',') || undefined,
    q: params.q || undefined,
    mine: params.mine,
    due: params.due,
    limit: params.size,
    offset: (params.page - 1) * params.size,
  });

  // Fixed layout with ellipsis: every main column fits a 1366 px screen (sider 232 px) without horizontal scrolling.
  const columns: TableColumnsType<DossierListItem> = [
    {
      key: 'code',
      title: t('col.code'),
      width: 158,
      render: (_, d) => (
        <AppLink to={paths.dossier(d.id)} style={{ fontFamily: 'monospace', fontSize: 13 }}>
          {breakable(d.code)}
        </AppLink>
      ),
    },
    { key: 'applicant', title: t('col.applicant'), width: '16%', render: (_, d) => <Clipped text={d.applicantName} /> },
    { key: 'procedure', title: t('col.procedure'), render: (_, d) => <Clipped text={d.procedure.name} rows={2} /> },
    { key: 'status', title: t('col.status'), width: 168, render: (_, d) => <StatusTag status={d.status} fit /> },
    { key: 'due', title: t('col.due'), width: 140, render: (_, d) => <DueCell dueAt={d.dueAt} marks={d.marks} /> },
    {
      key: 'current',
      title: t('col.current'),
      width: '18%',
      render: (_, d) => (
        <Clipped text={d.currentHandler ? `${d.currentUnit.name} — ${d.currentHandler.fullName}` : d.currentUnit.name} rows={2} />
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        subtitle={t('inbox.subtitle')}
        extra={
          <>
            <Button onClick={() => setRegisterOpen(true)} data-testid="register-button">
              {t('register.button')}
            </Button>
            {hasPermission('dossier.create') ? (
              <Button type="primary" onClick={() => void navigate(paths.dossierIntake)} data-testid="intake-button">
                {t('inbox.intake')}
              </Button>
            ) : null}
          </>
        }
      />
      {registerOpen ? <RegisterDialog onClose={() => setRegisterOpen(false)} /> : null}
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <Input.Search
          aria-label={t('inbox.search')}
          placeholder={t('inbox.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => update({ q: v.trim() || undefined })}
          style={{ width: 280, maxWidth: '100%' }}
        />
        <Select<DossierStatus[]>
          mode="multiple"
          aria-label={t('inbox.status')}
          placeholder={t('inbox.allStatuses')}
          allowClear
          value={statuses}
          onChange={(v) => update({ status: v.length ? v.join(',') : '' })}
          options={DOSSIER_STATUSES.map((s) => ({ value: s, label: statusLabel(s, i18n.language) }))}
          style={{ minWidth: 260, maxWidth: '100%' }}
          maxTagCount="responsive"
        />
        <Segmented
          aria-label={t('inbox.due')}
          value={params.due ?? 'all'}
          onChange={(v) => update({ due: v === 'all' ? undefined : String(v) })}
          options={[
            { value: 'all', label: t('inbox.dueAll') },
            { value: 'soon', label: t('mark.dueSoon') },
            { value: 'overdue', label: t('mark.overdue') },
          ]}
        />
        <Flex align="center" gap={6}>
          <Switch id="dossiers-mine" size="small" checked={params.mine} onChange={(v) => update({ mine: v ? 'true' : undefined })} />
          <label htmlFor="dossiers-mine">{t('inbox.mine')}</label>
        </Flex>
      </Flex>
      <ErrorAlert error={list.error} />
      <Table<DossierListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        tableLayout="fixed"
        // Narrow screens (phones) scroll sideways inside the table; from about 1000 px the columns fit.
        scroll={{ x: 900 }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('inbox.empty')}</Typography.Text> }}
        data-testid="dossiers-table"
        pagination={{
          current: params.page,
          pageSize: params.size,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => t('inbox.total', { count: total }),
          onChange: (page, size) =>
            update({ page: page > 1 ? String(page) : undefined, size: size !== 20 ? String(size) : undefined }, size === params.size),
        }}
      />
    </>
  );
}
