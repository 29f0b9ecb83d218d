import { Button, Card, Col, DatePicker, Row, Select, Statistic, type TableColumnsType } from 'antd';
import { ScrollRegion } from '../components/scroll-region';
import { SolidTag } from '../components/tags';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CounterOutcome } from '@contracts/counter-outcomes';
import { paths } from '@web/config/paths';
import { useListState } from '@web/lib/list-state';
import { AppLink } from '@web/components/app-link';
import { ErrorAlert } from '@web/components/error-alert';
import { ListTable, ListToolbar } from '@web/components/list-page';
import { PageHeader } from '@web/components/page-header';
import { useCounterOutcomes } from '../api/counter-outcomes';
import { COUNTER_LOG_LIST, type CounterLogFilters } from '../utils/counter-log-list';
import { vnDateTime } from '../utils/format';

/** What a row says: form 02's lines, or form 03's reason. */
function contentOf(o: CounterOutcome): string {
  if (o.kind === 'refused') return o.reason ?? '';
  return [...o.missing.map((m) => m.name), ...o.wrong.map((w) => (w.note ? `${w.name} (${w.note})` : w.name))].join('; ');
}

function useColumns(): TableColumnsType<CounterOutcome> {
  const { t } = useTranslation('dossiers');
  return [
    { key: 'number', title: t('counter.col.number'), dataIndex: 'number', width: 90 },
    { key: 'at', title: t('counter.col.at'), render: (_, o) => <span style={{ whiteSpace: 'nowrap' }}>{vnDateTime(o.at)}</span> },
    {
      key: 'kind',
      title: t('counter.col.kind'),
      render: (_, o) => <SolidTag color={o.kind === 'refused' ? 'red' : 'gold'}>{t(`counter.kinds.${o.kind}`)}</SolidTag>,
    },
    { key: 'applicant', title: t('counter.col.applicant'), render: (_, o) => o.applicant.name },
    {
      key: 'procedure',
      title: t('counter.col.procedure'),
      render: (_, o) => (
        <>
          {o.procedure?.name ?? ''}
          {o.dossier ? (
            <div>
              <AppLink to={paths.dossier(o.dossier.id)}>{t('counter.online', { code: o.dossier.code })}</AppLink>
            </div>
          ) : null}
        </>
      ),
    },
    { key: 'content', title: t('counter.col.content'), render: (_, o) => contentOf(o) },
    { key: 'officer', title: t('counter.col.officer'), render: (_, o) => o.officer.name },
    {
      key: 'pdf',
      title: t('counter.col.pdf'),
      render: (_, o) => (
        <Button size="small" href={o.pdfPath} target="_blank" rel="noopener">
          PDF
        </Button>
      ),
    },
  ];
}

function CounterLogFiltersRow({ filters, onChange }: { filters: CounterLogFilters; onChange: (p: Partial<CounterLogFilters>) => void }) {
  const { t } = useTranslation('dossiers');
  const day = (v: dayjs.Dayjs | null) => (v ? v.format('YYYY-MM-DD') : undefined);
  return (
    <ListToolbar>
      <DatePicker
        aria-label={t('counter.from')}
        placeholder={t('counter.from')}
        format="DD/MM/YYYY"
        value={filters.from ? dayjs(filters.from) : null}
        onChange={(v) => onChange({ from: day(v) })}
      />
      <DatePicker
        aria-label={t('counter.to')}
        placeholder={t('counter.to')}
        format="DD/MM/YYYY"
        value={filters.to ? dayjs(filters.to) : null}
        onChange={(v) => onChange({ to: day(v) })}
      />
      <Select
        aria-label={t('counter.kind')}
        placeholder={t('counter.allKinds')}
        allowClear
        value={filters.kind}
        onChange={(kind) => onChange({ kind: kind ?? undefined })}
        options={(['guided', 'refused'] as const).map((k) => ({ value: k, label: t(`counter.kinds.${k}`) }))}
        style={{ width: 200 }}
      />
    </ListToolbar>
  );
}

/** The counter log of the caller's unit: guidance (form 02) and refusals (form 03), by date and kind, with the counts. */
export function CounterLogPage() {
  const { t } = useTranslation('dossiers');
  const list = useListState(COUNTER_LOG_LIST);
  const q = useCounterOutcomes({ ...list.filters, ...list.paging });
  const columns = useColumns();
  return (
    <>
      <PageHeader
        title={t('counter.log')}
        subtitle={t('counter.logSubtitle')}
        extra={<AppLink to={paths.dossierIntake}>{t('inbox.intake')}</AppLink>}
      />
      <CounterLogFiltersRow filters={list.filters} onChange={list.setFilters} />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {(['guided', 'refused'] as const).map((k) => (
          <Col key={k} xs={12} md={6}>
            <Card size="small">
              <Statistic title={t(`counter.kinds.${k}`)} value={q.data?.counts[k] ?? 0} data-testid={`counter-count-${k}`} />
            </Card>
          </Col>
        ))}
      </Row>
      <ErrorAlert error={q.error} />
      {/* On a phone the log scrolls sideways inside a region that takes the keyboard focus. */}
      <ScrollRegion label={t('counter.log')} minWidth={900}>
        <ListTable
          list={list}
          data={q.data}
          loading={q.isFetching}
          columns={columns}
          emptyText={t('counter.empty')}
          totalText={(count) => t('counter.total', { count })}
          data-testid="counter-log-table"
        />
      </ScrollRegion>
    </>
  );
}
