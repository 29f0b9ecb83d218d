import { Button, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { inEffectOn } from '@core/targets';
import type { TargetView } from '@contracts/targets';
import { useToast } from '@web/lib/use-toast';
import { useDeleteTarget } from '../api/targets';
import { formatDay, formatValue, keyLabel } from '../utils';
import { todayIso } from '@web/lib/today';

function StatusTag({ target, today }: { target: TargetView; today: string }) {
  const { t } = useTranslation('targets');
  // Explicit colours: antd's preset success/processing tags fall below WCAG AA contrast (axe).
  if (inEffectOn(target, today))
    return <Tag style={{ color: '#135200', background: '#f6ffed', borderColor: '#73d13d' }}>{t('status.current')}</Tag>;
  return target.validFrom > today ? (
    <Tag style={{ color: '#003eb3', background: '#e6f4ff', borderColor: '#69b1ff' }}>{t('status.future')}</Tag>
  ) : (
    <Tag>{t('status.past')}</Tag>
  );
}

/** The target versions with their period, status and source; edit and delete come from each row's abilities. */
export function TargetsTable({ items, loading, onEdit }: { items: TargetView[]; loading: boolean; onEdit: (target: TargetView) => void }) {
  const { t } = useTranslation('targets');
  const message = useToast();
  const remove = useDeleteTarget();
  const today = todayIso();
  const name = (v: TargetView) => `${keyLabel(t, v.key)} ${v.unitName ?? t('provinceWide')} ${formatDay(v.validFrom)}`;

  const columns: TableColumnsType<TargetView> = [
    { key: 'key', title: t('col.key'), width: 200, render: (_, v) => <Typography.Text strong>{keyLabel(t, v.key)}</Typography.Text> },
    { key: 'scope', title: t('col.scope'), width: 160, render: (_, v) => v.unitName ?? t('provinceWide') },
    { key: 'value', title: t('col.value'), width: 90, render: (_, v) => formatValue(t, v) },
    {
      key: 'period',
      title: t('col.period'),
      width: 200,
      render: (_, v) => (
        <Flex vertical align="start" gap={4}>
          <span>
            {v.validTo
              ? t('period.range', { from: formatDay(v.validFrom), to: formatDay(v.validTo) })
              : t('period.open', { from: formatDay(v.validFrom) })}
          </span>
          <StatusTag target={v} today={today} />
        </Flex>
      ),
    },
    {
      key: 'source',
      title: t('col.source'),
      render: (_, v) => (
        <>
          <Typography.Paragraph style={{ fontSize: 13, margin: 0 }} ellipsis={{ rows: 3, tooltip: v.source }}>
            {v.source}
          </Typography.Paragraph>
          {v.note ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }} ellipsis={{ rows: 2, tooltip: v.note }}>
              {v.note}
            </Typography.Paragraph>
          ) : null}
        </>
      ),
    },
    {
      key: 'actions',
      title: t('col.actions'),
      width: 150,
      render: (_, v) =>
        v.abilities.includes('target.manage') ? (
          <Flex gap={4} wrap>
            <Button size="small" onClick={() => onEdit(v)} aria-label={`${t('action.edit')}: ${name(v)}`}>
              {t('action.edit')}
            </Button>
            <Popconfirm
              title={t('action.deleteAsk')}
              onConfirm={() =>
                remove.mutate(v.id, {
                  onSuccess: () => void message.success(t('form.deleted')),
                  onError: (e) => void message.error(e.message),
                })
              }
            >
              <Button size="small" danger aria-label={`${t('action.delete')}: ${name(v)}`}>
                {t('action.delete')}
              </Button>
            </Popconfirm>
          </Flex>
        ) : null,
    },
  ];

  return (
    <div role="region" aria-label={t('list')} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table<TargetView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        loading={loading}
        pagination={false}
        locale={{ emptyText: t('empty') }}
        style={{ minWidth: 900 }}
      />
    </div>
  );
}
