import { Button, Flex, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDayView } from '@contracts/calendar';
import { useConfirmDay, useDeleteDay } from '../api/day-mutations';
import { formatDate } from '../utils/format';
import { KindTag, StatusTag } from './kind-tag';
import { ScrollRegion } from './scroll-region';
import { useToast } from '@web/lib/use-toast';

/** The days of a year with their legal basis and status; actions come from each row's abilities. */
export function DaysTable({ days, loading, onEdit }: { days: CalendarDayView[]; loading: boolean; onEdit: (d: CalendarDayView) => void }) {
  const { t, i18n } = useTranslation('calendar');
  const message = useToast();
  const confirm = useConfirmDay();
  const remove = useDeleteDay();
  const weekdays = t('weekday', { returnObjects: true }) as string[];
  const en = i18n.language === 'en';

  const columns: TableColumnsType<CalendarDayView> = [
    {
      key: 'date',
      title: `${t('col.date')} / ${t('col.lunar')}`,
      width: 170,
      render: (_, d) => (
        <Flex vertical>
          <Typography.Text strong>{`${formatDate(d.date)} · ${weekdays[d.weekday - 1] ?? ''}`}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {d.lunar.label}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'kind',
      title: `${t('col.kind')} / ${t('col.status')}`,
      width: 160,
      render: (_, d) => (
        <Flex vertical align="start" gap={4}>
          <KindTag kind={d.kind} />
          <StatusTag status={d.status} />
        </Flex>
      ),
    },
    { key: 'name', title: t('col.name'), render: (_, d) => (en && d.nameEn ? d.nameEn : d.name) },
    {
      key: 'legalRef',
      title: t('col.legalRef'),
      width: 220,
      render: (_, d) => <Typography.Text style={{ fontSize: 13 }}>{d.legalRef}</Typography.Text>,
    },
    { key: 'scope', title: t('col.scope'), width: 110, render: (_, d) => d.unitName ?? t('provinceWide') },
    {
      key: 'actions',
      title: t('col.actions'),
      width: 170,
      render: (_, d) => {
        if (!d.id || !d.abilities.includes('calendar.manage')) return null;
        const id = d.id;
        return (
          <Flex gap={4} wrap>
            {d.status === 'proposed' ? (
              <Button
                size="small"
                type="primary"
                loading={confirm.isPending && confirm.variables === id}
                onClick={() =>
                  confirm.mutate(id, {
                    onSuccess: () => void message.success(t('form.saved')),
                    onError: (e) => void message.error(e.message),
                  })
                }
                aria-label={`${t('action.confirm')} ${formatDate(d.date)}`}
              >
                {t('action.confirm')}
              </Button>
            ) : null}
            <Button size="small" onClick={() => onEdit(d)} aria-label={`${t('action.edit')} ${formatDate(d.date)}`}>
              {t('action.edit')}
            </Button>
            <Popconfirm
              title={t('action.deleteAsk', { date: formatDate(d.date) })}
              onConfirm={() =>
                remove.mutate(id, {
                  onSuccess: () => void message.success(t('form.deleted')),
                  onError: (e) => void message.error(e.message),
                })
              }
            >
              <Button size="small" danger aria-label={`${t('action.delete')} ${formatDate(d.date)}`}>
                {t('action.delete')}
              </Button>
            </Popconfirm>
          </Flex>
        );
      },
    },
  ];

  return (
    <ScrollRegion label={t('list')} minWidth={1000}>
      <Table<CalendarDayView>
        rowKey={(d) => d.id ?? `${d.date}-${d.kind}`}
        size="small"
        columns={columns}
        dataSource={days}
        loading={loading}
        pagination={false}
        locale={{ emptyText: t('empty') }}
        data-testid="days-table"
      />
    </ScrollRegion>
  );
}
