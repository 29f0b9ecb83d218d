import { useState } from 'react';
import { Alert, Button, Card, Flex, Popconfirm, Select, Statistic, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { CalendarDayView, CalendarYearResponse } from '@contracts/calendar';
import { CALENDAR_YEAR_MAX, CALENDAR_YEAR_MIN } from '@contracts/calendar';
import { ErrorAlert } from '@web/components/error-alert';
import { PageHeader } from '@web/components/page-header';
import { useAuth } from '@web/lib/auth';
import { useConfirmYear, useProposeYear } from '../api/day-mutations';
import { useCalendarYear } from '../api/get-year';
import { DayFormModal } from '../components/day-form-modal';
import { DaysTable } from '../components/days-table';
import { DueDateCalculator } from '../components/due-date-calculator';
import { ImportPanel } from '../components/import-panel';
import { OfficeHoursForm } from '../components/office-hours-form';
import { YearGrid, YearLegend } from '../components/year-grid';
import { formatDate } from '../utils/format';
import { useToast } from '@web/lib/use-toast';
import { todayIso } from '@web/lib/today';

/** Today's date in Vietnam (UTC+7), whatever the browser's time zone. */

function useYearParam(): [number, (y: number) => void] {
  const [sp, setSp] = useSearchParams();
  const fallback = Number(todayIso().slice(0, 4));
  const raw = Number(sp.get('nam'));
  const year = Number.isInteger(raw) && raw >= CALENDAR_YEAR_MIN && raw <= CALENDAR_YEAR_MAX ? raw : fallback;
  const set = (y: number) => {
    const next = new URLSearchParams(sp);
    next.set('nam', String(y));
    setSp(next, { replace: true });
  };
  return [year, set];
}

function YearBanner({ data, manage }: { data: CalendarYearResponse; manage: boolean }) {
  const { t } = useTranslation('calendar');
  const message = useToast();
  const propose = useProposeYear();
  const confirmAll = useConfirmYear();
  const onError = (e: Error) => void message.error(e.message);
  if (!data.stored) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('notStored', { year: data.year })}
        action={
          manage ? (
            <Button
              size="small"
              loading={propose.isPending}
              onClick={() =>
                propose.mutate(data.year, { onSuccess: (r) => void message.success(t('storedCount', { count: r.changed })), onError })
              }
            >
              {t('storeProposal')}
            </Button>
          ) : undefined
        }
        style={{ marginBottom: 16 }}
      />
    );
  }
  if (data.summary.proposed === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('proposedWaiting', { count: data.summary.proposed })}
      action={
        manage ? (
          <Popconfirm
            title={t('confirmAllAsk', { year: data.year })}
            onConfirm={() =>
              confirmAll.mutate(data.year, { onSuccess: (r) => void message.success(t('confirmedCount', { count: r.changed })), onError })
            }
          >
            <Button size="small" type="primary" loading={confirmAll.isPending}>
              {t('confirmAll')}
            </Button>
          </Popconfirm>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}

function YearTab({
  year,
  data,
  loading,
  canAdd,
}: {
  year: number;
  data: CalendarYearResponse | undefined;
  loading: boolean;
  canAdd: boolean;
}) {
  const { t } = useTranslation('calendar');
  const [editing, setEditing] = useState<CalendarDayView | 'new' | null>(null);
  const manage = Boolean(data?.abilities.includes('calendar.manage'));
  return (
    <>
      {data ? <YearBanner data={data} manage={manage} /> : null}
      {data ? (
        <Flex wrap gap={24} style={{ marginBottom: 16 }}>
          <Statistic title={t('summary.workingDays')} value={data.summary.workingDays} />
          <Statistic title={t('summary.closedWeekdays')} value={data.summary.closedWeekdays} />
          <Statistic title={t('summary.makeupDays')} value={data.summary.makeupDays} />
          <Statistic title={t('summary.proposed')} value={data.summary.proposed} />
        </Flex>
      ) : null}
      {data?.notices.length ? (
        <Typography.Paragraph>
          <Typography.Text strong>{`${t('notices')}: `}</Typography.Text>
          {data.notices.map((n) => `${n.ref}${n.issuedOn ? ` (${formatDate(n.issuedOn)})` : ''} — ${n.covers}`).join('; ')}
        </Typography.Paragraph>
      ) : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <YearLegend />
        <YearGrid year={year} days={data?.days ?? []} todayIso={todayIso()} />
      </Card>
      <Card
        size="small"
        title={t('list')}
        extra={
          canAdd ? (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('add')}
            </Button>
          ) : null
        }
      >
        <DaysTable days={data?.days ?? []} loading={loading} onEdit={(d) => setEditing(d)} />
      </Card>
      {editing ? (
        <DayFormModal
          year={year}
          day={editing === 'new' ? undefined : editing}
          canManageProvince={manage}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

/** The working-calendar page: year view with holidays and proposals, due-date calculator, office hours, Excel import. */
export function CalendarPage() {
  const { t } = useTranslation('calendar');
  const { hasPermission } = useAuth();
  const [year, setYear] = useYearParam();
  const [tab, setTab] = useState('year');
  const data = useCalendarYear(year);
  const manage = Boolean(data.data?.abilities.includes('calendar.manage'));
  const thisYear = Number(todayIso().slice(0, 4));
  const years = [...new Set([...Array.from({ length: 9 }, (_, i) => thisYear - 2 + i), year])].sort((a, b) => a - b);

  const yearPicker = (
    <Flex gap={4} align="center">
      <Button aria-label={t('prevYear')} onClick={() => setYear(Math.max(CALENDAR_YEAR_MIN, year - 1))}>
        ‹
      </Button>
      <Select
        aria-label={t('year')}
        value={year}
        onChange={setYear}
        options={years.map((y) => ({ value: y, label: String(y) }))}
        style={{ width: 96 }}
      />
      <Button aria-label={t('nextYear')} onClick={() => setYear(Math.min(CALENDAR_YEAR_MAX, year + 1))}>
        ›
      </Button>
    </Flex>
  );

  const items = [
    {
      key: 'year',
      label: t('tabs.year'),
      children: <YearTab year={year} data={data.data} loading={data.isFetching} canAdd={hasPermission('calendar.manage')} />,
    },
    { key: 'calculator', label: t('tabs.calculator'), children: <DueDateCalculator showUnit={hasPermission('unit.read')} /> },
    { key: 'hours', label: t('tabs.hours'), children: <OfficeHoursForm todayIso={todayIso()} /> },
    ...(manage ? [{ key: 'import', label: t('tabs.import'), children: <ImportPanel year={year} /> }] : []),
  ];

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} extra={yearPicker} />
      <ErrorAlert error={data.error} />
      <Tabs activeKey={tab} onChange={setTab} items={items} destroyOnHidden={false} tabBarGutter={20} />
    </>
  );
}
